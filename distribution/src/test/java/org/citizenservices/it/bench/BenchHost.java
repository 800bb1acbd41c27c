package org.citizenservices.it.bench;

import org.citizenservices.host.CitizenServicesHost;
import org.citizenservices.host.HostOptions;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * The host a benchmark measures: in this JVM, on a fresh data folder, with the demo practice, the appointments module
 * (or the modules it names) deployed and active, and no limit on credential attempts (a benchmark links and opens sessions much faster than
 * any one app would).
 */
final class BenchHost {

    private BenchHost() {
    }

    static CitizenServicesHost start(String name) throws Exception {
        return start(name, java.util.Map.of("appointments", Layout.appointmentsJar()));
    }

    /** The same with these modules (capability id → jar) deployed and active. */
    static CitizenServicesHost start(String name, java.util.Map<String, Path> modules) throws Exception {
        return start(name, modules, options -> options);
    }

    /** The same with the host's options adjusted, e.g. NHS login set up. */
    static CitizenServicesHost start(String name, java.util.Map<String, Path> modules,
                                     java.util.function.UnaryOperator<HostOptions> adjusted) throws Exception {
        System.setProperty("citizenservices.api.credentialAttemptsPerMinute", "100000000");
        // every virtual user signs in to the portal from this one address
        System.setProperty("citizenservices.portal.signInAttemptsPerMinute", "100000000");
        Path dir = Files.createTempDirectory(name);
        CitizenServicesHost host = CitizenServicesHost.start(adjusted.apply(
                new HostOptions(0, dir.resolve("data"), dir.resolve("deploy"), true, 100)));
        Health health = new Health(host.port());
        for (java.util.Map.Entry<String, Path> module : modules.entrySet()) {
            Layout.deploy(module.getValue(), host.options().deployDir());
            await().atMost(Duration.ofSeconds(60)).until(() -> health.stateOf(module.getKey()).orElse("")
                    .equals("ACTIVE"));
        }
        return host;
    }

    static String api(CitizenServicesHost host) {
        return "http://localhost:" + host.port() + "/api/v1";
    }
}
