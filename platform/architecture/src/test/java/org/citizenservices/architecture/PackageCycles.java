package org.citizenservices.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Packages that reach themselves again through imports: the strongly connected components of the package graph
 * (Tarjan). Each package of a cycle is one violation that names its companions.
 */
final class PackageCycles {

    private PackageCycles() {
    }

    static ArchCondition<JavaClasses> beFreeOfCycles() {
        return new ArchCondition<>("be free of package cycles") {
            @Override
            public void check(JavaClasses classes, ConditionEvents events) {
                for (Set<String> cycle : cycles(graph(classes))) {
                    for (String member : cycle) {
                        Set<String> others = new TreeSet<>(cycle);
                        others.remove(member);
                        events.add(SimpleConditionEvent.violated(member,
                                "Package <" + member + "> is in a cycle with " + others));
                    }
                }
            }
        };
    }

    private static Map<String, Set<String>> graph(JavaClasses classes) {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (JavaClass javaClass : classes) {
            String from = javaClass.getPackageName();
            Set<String> targets = edges.computeIfAbsent(from, p -> new TreeSet<>());
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                String to = dependency.getTargetClass().getBaseComponentType().getPackageName();
                if (!to.equals(from) && to.startsWith(Rooms.BASE + ".")) {
                    targets.add(to);
                }
            }
        }
        return edges;
    }

    /** Tarjan's strongly connected components with more than one package. */
    private static List<Set<String>> cycles(Map<String, Set<String>> edges) {
        return new Object() {
            final Map<String, Integer> index = new HashMap<>();
            final Map<String, Integer> low = new HashMap<>();
            final Deque<String> stack = new ArrayDeque<>();
            final Set<String> onStack = new TreeSet<>();
            final List<Set<String>> found = new java.util.ArrayList<>();

            List<Set<String>> run() {
                for (String node : edges.keySet()) {
                    if (!index.containsKey(node)) {
                        visit(node);
                    }
                }
                return found;
            }

            void visit(String node) {
                index.put(node, index.size());
                low.put(node, index.get(node));
                stack.push(node);
                onStack.add(node);
                for (String next : edges.getOrDefault(node, Set.of())) {
                    if (!index.containsKey(next)) {
                        visit(next);
                        low.put(node, Math.min(low.get(node), low.get(next)));
                    } else if (onStack.contains(next)) {
                        low.put(node, Math.min(low.get(node), index.get(next)));
                    }
                }
                if (low.get(node).equals(index.get(node))) {
                    Set<String> component = new TreeSet<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(node));
                    if (component.size() > 1) {
                        found.add(component);
                    }
                }
            }
        }.run();
    }
}
