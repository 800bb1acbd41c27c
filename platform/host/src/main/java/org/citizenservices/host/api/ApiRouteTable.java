package org.citizenservices.host.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.host.modules.Contributions;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.HttpMethod;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The patient API routes of the installed capabilities. Added when a capability starts and removed when it goes,
 * together with its views, so an app sees a module's routes exactly while the module is installed.
 */
public final class ApiRouteTable implements Contributions<ApiRoute> {

    /** A capability's routes, with the service they need and the JSON mapper that knows its classes. */
    record Group(String capabilityId, String displayName, CitizenService service, List<ApiRoute> routes,
                 ObjectMapper mapper) {
    }

    /** A route that matched a request, with the path parameters it bound. */
    record Match(Group group, ApiRoute route, Map<String, String> pathParameters) {
    }

    private final Map<String, Group> groups = new LinkedHashMap<>();

    /** Throws, changing nothing, if the routes are malformed or clash with an installed capability's. */
    @Override
    public synchronized void checkCanAdd(String capabilityId, List<ApiRoute> routes) {
        Set<String> seen = new java.util.HashSet<>();
        for (ApiRoute route : routes) {
            String key = route.method() + " " + shape(route.path());
            if (!seen.add(key)) {
                throw new IllegalArgumentException("the API route " + route.method() + " " + route.path()
                        + " is declared twice");
            }
            groups.forEach((other, group) -> group.routes().forEach(existing -> {
                if ((existing.method() + " " + shape(existing.path())).equals(key)) {
                    throw new IllegalArgumentException("the API route " + route.method() + " " + route.path()
                            + " already belongs to module '" + other + "'");
                }
            }));
        }
    }

    @Override
    public synchronized void add(String capabilityId, String displayName, CitizenService service,
                                 List<ApiRoute> routes) {
        if (routes.isEmpty()) {
            return;
        }
        checkCanAdd(capabilityId, routes);
        groups.put(capabilityId, new Group(capabilityId, displayName, service, List.copyOf(routes),
                ApiJson.newMapper()));
    }

    @Override
    public synchronized List<ApiRoute> remove(String capabilityId) {
        // the group's mapper, with every cached type of the module, goes with it
        Group removed = groups.remove(capabilityId);
        return removed == null ? List.of() : removed.routes();
    }

    synchronized List<Group> groups() {
        return List.copyOf(groups.values());
    }

    /**
     * The route for a method and a path below the patient; a literal segment beats a parameter. Empty with the
     * methods that would match otherwise (for 405), or nothing at all (404).
     */
    synchronized Optional<Match> match(HttpMethod method, String path, Set<String> otherMethods) {
        String[] segments = path.split("/");
        Match best = null;
        int bestLiterals = -1;
        for (Group group : groups.values()) {
            for (ApiRoute route : group.routes()) {
                String[] template = route.path().split("/");
                if (template.length != segments.length) {
                    continue;
                }
                Map<String, String> parameters = new HashMap<>();
                int literals = 0;
                boolean matches = true;
                for (int i = 0; i < template.length && matches; i++) {
                    if (template[i].startsWith("{")) {
                        if (segments[i].isEmpty()) {
                            matches = false;
                        }
                        parameters.put(template[i].substring(1, template[i].length() - 1), segments[i]);
                    } else if (template[i].equals(segments[i])) {
                        literals++;
                    } else {
                        matches = false;
                    }
                }
                if (!matches) {
                    continue;
                }
                if (route.method() != method) {
                    otherMethods.add(route.method().name());
                    continue;
                }
                if (literals > bestLiterals) {
                    best = new Match(group, route, parameters);
                    bestLiterals = literals;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String shape(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }
}
