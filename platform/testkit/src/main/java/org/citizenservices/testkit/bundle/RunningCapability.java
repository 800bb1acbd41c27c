package org.citizenservices.testkit.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.host.api.RouteCalls;
import org.citizenservices.host.persistence.BundleUnits;
import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.persistence.ModulePersistence.OpenUnit;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.HttpMethod;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.testing.TestCapabilityContext;
import org.osgi.framework.Bundle;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A capability started inside the framework as the host starts it — its bundle's migrations on a Derby database on
 * disk, its persistence unit on its bundle's class loader, the given {@link ServiceAccess} as the core's rule — and
 * its patient API routes called with the request the host itself builds (strict JSON, the request records' bounds)
 * and answered with the host's JSON. Close it to stop the capability.
 */
public final class RunningCapability implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Capability capability;
    private final ServiceAccess access;
    private final Database database;
    private final OpenUnit unit;
    private final RouteCalls calls = new RouteCalls();

    private RunningCapability(Capability capability, ServiceAccess access, Database database, OpenUnit unit) {
        this.capability = capability;
        this.access = access;
        this.database = database;
        this.unit = unit;
    }

    static RunningCapability start(Bundle bundle, Capability capability, ServiceAccess access, Path dataFolder) {
        Path home = dataFolder.resolve("derby-" + System.currentTimeMillis() + "-" + DATABASES.incrementAndGet());
        Database database = Database.open(home);
        OpenUnit unit = null;
        try {
            unit = BundleUnits.open(new ModulePersistence(database), bundle, capability.id(),
                    capability.entityClasses());
            capability.start(new TestCapabilityContext(unit == null ? null : unit.entityManagerFactory(), access,
                    TikaUploadPolicy.installed()));
            return new RunningCapability(capability, access, database, unit);
        } catch (Exception e) {
            if (unit != null) {
                unit.close();
            }
            database.close();
            throw new AssertionError("The capability " + capability.id() + " did not start: " + e, e);
        }
    }

    /** Its routes as {@code "GET path"}, in the order it declares them. */
    public List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (ApiRoute route : capability.apiRoutes()) {
            routes.add(route.method() + " " + route.path());
        }
        return routes;
    }

    /**
     * Calls the route {@code method path} for the citizen the access rule has now, with the path parameters given as
     * name, value pairs, and answers what the patient API would send back, as JSON ({@code null} for none). A query
     * goes after the route's path as in a URL: {@code "record?section=problems"}.
     *
     * @throws ServiceNotAvailableException when the access rule refuses the citizen (the API's 403)
     * @throws org.citizenservices.spi.ApiProblem when the capability refuses the call (the API's 4xx)
     */
    public JsonNode call(HttpMethod method, String pathAndQuery, String jsonBody, String... pathParameters) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        Map<String, String[]> query = new HashMap<>();
        if (question >= 0) {
            for (String pair : pathAndQuery.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                query.put(decoded(equals < 0 ? pair : pair.substring(0, equals)),
                        new String[] {equals < 0 ? "" : decoded(pair.substring(equals + 1))});
            }
        }
        ApiRoute route = capability.apiRoutes().stream()
                .filter(candidate -> candidate.method() == method && candidate.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No route " + method + " " + path + " in " + routes()));
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i + 1 < pathParameters.length; i += 2) {
            parameters.put(pathParameters[i], pathParameters[i + 1]);
        }
        CurrentCitizen citizen = access.currentCitizen()
                .orElseThrow(() -> new AssertionError("The test's ServiceAccess has no current citizen"));
        return calls.answer(calls.call(route, citizen, parameters, query, jsonBody));
    }

    private static String decoded(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** A {@code GET} without a body. */
    public JsonNode get(String path, String... pathParameters) {
        return call(HttpMethod.GET, path, null, pathParameters);
    }

    @Override
    public void close() {
        try {
            capability.stop();
        } finally {
            if (unit != null) {
                unit.close();
            }
            database.close();
        }
    }
}
