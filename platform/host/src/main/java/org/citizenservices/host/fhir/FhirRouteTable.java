package org.citizenservices.host.fhir;

import org.citizenservices.host.modules.Contributions;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.FhirRelease;
import org.citizenservices.spi.FhirRoute;
import org.citizenservices.spi.HttpMethod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The GP Connect routes of the installed capabilities, added when a capability starts and removed when it goes, so an
 * app finds a module's resources in {@code metadata}, and answered, exactly while the module is installed.
 */
public final class FhirRouteTable implements Contributions<FhirRoute> {

    /** A capability's routes and the service they need. */
    record Group(String capabilityId, CitizenService service, List<FhirRoute> routes) {
    }

    /** A route that matched a request, with the path parameters it bound. */
    record Match(Group group, FhirRoute route, Map<String, String> pathParameters) {
    }

    /** The paths the host answers itself, which no capability may take. */
    private static final Set<String> HOST_PATHS = Set.of("metadata", "Patient/{}", "Organization/{}",
            "documents/Patient/{}");

    private final Map<String, Group> groups = new LinkedHashMap<>();

    @Override
    public synchronized void checkCanAdd(String capabilityId, List<FhirRoute> routes) {
        Set<String> seen = new HashSet<>();
        for (FhirRoute route : routes) {
            String key = key(route);
            if (!seen.add(key)) {
                throw new IllegalArgumentException("the FHIR route " + route.method() + " " + route.path()
                        + " is declared twice");
            }
            if (HOST_PATHS.contains(shape(route.path()))) {
                throw new IllegalArgumentException("the FHIR route " + route.path() + " is the host's own");
            }
            groups.forEach((other, group) -> group.routes().forEach(existing -> {
                if (key(existing).equals(key)) {
                    throw new IllegalArgumentException("the FHIR route " + route.method() + " " + route.path()
                            + " already belongs to module '" + other + "'");
                }
            }));
        }
    }

    @Override
    public synchronized void add(String capabilityId, String displayName, CitizenService service,
                                 List<FhirRoute> routes) {
        if (routes.isEmpty()) {
            return;
        }
        checkCanAdd(capabilityId, routes);
        groups.put(capabilityId, new Group(capabilityId, service, List.copyOf(routes)));
    }

    @Override
    public synchronized List<FhirRoute> remove(String capabilityId) {
        Group removed = groups.remove(capabilityId);
        return removed == null ? List.of() : removed.routes();
    }

    /** Every installed route of a release, for {@code metadata}. */
    synchronized List<FhirRoute> routes(FhirRelease release) {
        List<FhirRoute> all = new ArrayList<>();
        groups.values().forEach(group -> group.routes().stream().filter(r -> r.release() == release)
                .forEach(all::add));
        return all;
    }

    /** The route for a method and a path below a release's base; a literal segment beats a parameter. */
    synchronized Optional<Match> match(FhirRelease release, HttpMethod method, String path) {
        String[] segments = path.split("/");
        Match best = null;
        int bestLiterals = -1;
        for (Group group : groups.values()) {
            for (FhirRoute route : group.routes()) {
                if (route.release() != release || route.method() != method) {
                    continue;
                }
                Map<String, String> parameters = new HashMap<>();
                int literals = bind(route.path().split("/"), segments, parameters);
                if (literals > bestLiterals) {
                    best = new Match(group, route, parameters);
                    bestLiterals = literals;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many literal segments matched, binding the parameters; -1 when the path does not match. */
    private static int bind(String[] template, String[] segments, Map<String, String> parameters) {
        if (template.length != segments.length) {
            return -1;
        }
        int literals = 0;
        for (int i = 0; i < template.length; i++) {
            if (template[i].startsWith("{")) {
                if (segments[i].isEmpty()) {
                    return -1;
                }
                parameters.put(template[i].substring(1, template[i].length() - 1), segments[i]);
            } else if (template[i].equals(segments[i])) {
                literals++;
            } else {
                return -1;
            }
        }
        return literals;
    }

    private static String key(FhirRoute route) {
        return route.release() + " " + route.method() + " " + shape(route.path());
    }

    private static String shape(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }
}
