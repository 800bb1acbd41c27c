package org.citizenservices.it;

import org.citizenservices.it.support.DemoLetters;
import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.it.support.DistributionProcess;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PatientApiCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The module a third-party developer generates from the archetype (built and tested by the archetype's own
 * GeneratedModuleIT earlier in this build) hot-deploys into the distribution as shipped: dropped into a running
 * {@code bin/citizen-services}, it starts and its API route answers; removed, it goes.
 */
class GeneratedModuleDeployIT {

    @TempDir
    Path dir;

    @Test
    void theGeneratedModule_hotDeploysIntoARunningDistribution_andLeavesWhenRemoved() throws Exception {
        Path generated = Path.of(System.getProperty("citizen.generated.module"));
        assertThat(generated).as("the archetype module's GeneratedModuleIT builds it earlier in the reactor").exists();
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        try (DistributionProcess node = DistributionProcess.start(dir.resolve("work"), dir.resolve("data"), deploy,
                dir.resolve("node.log"))) {
            Health health = new Health(node.port());
            PatientApiCalls api = new PatientApiCalls(node.port());
            JsonNode session = api.session(api.link(DemoLetters.JANE));
            String token = session.get("sessionToken").asText();
            String requests = "/patients/" + PatientApiCalls.linkId(session, "Jane Demo") + "/travel-health-requests";
            assertThat(api.call("GET", requests, token, null).status()).isEqualTo(404);

            Path jar = Layout.deploy(generated, deploy);
            await().atMost(Duration.ofSeconds(30)).until(() -> health.stateOf("travel-health").orElse("").equals("ACTIVE"));
            assertThat(health.module("travel-health").orElseThrow().path("name").asText()).isEqualTo("Travel health");
            assertThat(api.call("GET", "/openapi.json", null, null).body().path("paths")
                    .has("/patients/{patientLinkId}/travel-health-requests")).isTrue();
            // the route is there; the practice has not offered the new service yet, so Jane may not use it
            assertThat(api.call("GET", requests, token, null).status()).isEqualTo(403);

            Files.delete(jar);
            await().atMost(Duration.ofSeconds(30)).until(() -> health.stateOf("travel-health").isEmpty());
            assertThat(api.call("GET", requests, token, null).status()).isEqualTo(404);
        }
    }
}
