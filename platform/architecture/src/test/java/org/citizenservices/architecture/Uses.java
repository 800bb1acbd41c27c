package org.citizenservices.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Set;
import java.util.TreeSet;

/**
 * Conditions on what a class uses, reported once per pair of top-level classes ("Class A uses B"): one line a
 * wrong arrow, however many calls make it.
 */
final class Uses {

    private Uses() {
    }

    static ArchCondition<JavaClass> notUse(DescribedPredicate<? super JavaClass> forbidden) {
        return new ArchCondition<>("not use " + forbidden.getDescription()) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Set<String> used = new TreeSet<>();
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (forbidden.test(target)) {
                        used.add(topLevelName(target));
                    }
                }
                for (String target : used) {
                    events.add(SimpleConditionEvent.violated(item,
                            "Class <" + topLevelName(item) + "> uses <" + target + ">"));
                }
            }
        };
    }

    static String topLevelName(JavaClass javaClass) {
        String name = javaClass.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
