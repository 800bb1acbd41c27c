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
 * deployed and active, and no limit on credential attempts (a benchmark links and opens sessions much faster than
 * any one app would).
 */
final class BenchHost {

    private BenchHost() {
    }

    static CitizenServicesHost start(String name) throws Exception {
        System.setProperty("citizenservices.api.credentialAttemptsPerMinute", "100000000");
        Path dir = Files.createTempDirectory(name);
        CitizenServicesHost host = CitizenServicesHost.start(
                new HostOptions(0, dir.resolve("data"), dir.resolve("deploy"), true, 100));
        Layout.deploy(Layout.appointmentsJar(), host.options().deployDir());
        Health health = new Health(host.port());
        await().atMost(Duration.ofSeconds(30)).until(() -> health.stateOf("appointments").orElse("").equals("ACTIVE"));
        return host;
    }

    static String api(CitizenServicesHost host) {
        return "http://localhost:" + host.port() + "/api/v1";
    }
}
