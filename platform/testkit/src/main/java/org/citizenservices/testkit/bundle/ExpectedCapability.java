package org.citizenservices.testkit.bundle;

import java.util.List;

/**
 * What a capability bundle declares itself to be, for {@link InstalledCapability#assertIs}: its id, service and name,
 * its views' paths and migrations in order, its patient API routes ({@code "GET path"}) in order, and the API
 * services it publishes while it runs (by interface name: the test cannot load the module's classes).
 *
 * <pre>{@code
 * ExpectedCapability.of("travel-health", "TRAVEL_HEALTH", "Travel health")
 *         .views("travel-health", "practice/travel-health")
 *         .migrations("V1__citizen_request.sql")
 *         .routes("GET travel-health-requests", "POST travel-health-requests");
 * }</pre>
 */
public record ExpectedCapability(String id, String serviceKey, String displayName, List<String> views,
                                 List<String> migrations, List<String> routes, List<String> publishedApis) {

    /** A capability with nothing declared yet beyond who it is. */
    public static ExpectedCapability of(String id, String serviceKey, String displayName) {
        return new ExpectedCapability(id, serviceKey, displayName, List.of(), List.of(), List.of(), List.of());
    }

    public ExpectedCapability views(String... paths) {
        return new ExpectedCapability(id, serviceKey, displayName, List.of(paths), migrations, routes, publishedApis);
    }

    public ExpectedCapability migrations(String... names) {
        return new ExpectedCapability(id, serviceKey, displayName, views, List.of(names), routes, publishedApis);
    }

    public ExpectedCapability routes(String... methodAndPath) {
        return new ExpectedCapability(id, serviceKey, displayName, views, migrations, List.of(methodAndPath),
                publishedApis);
    }

    public ExpectedCapability publishing(String... interfaceNames) {
        return new ExpectedCapability(id, serviceKey, displayName, views, migrations, routes,
                List.of(interfaceNames));
    }
}
