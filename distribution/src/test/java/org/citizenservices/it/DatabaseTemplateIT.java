package org.citizenservices.it;

import org.citizenservices.it.support.DistributionProcess;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The installation's database template (embedded Derby only): a first start on a fresh data folder copies it, and
 * every shipped module finds its schema at its own version — nothing migrates, and the demo seeds into it.
 */
@DisabledIfSystemProperty(named = "citizen.it.db", matches = "postgresql")
class DatabaseTemplateIT {

    @TempDir
    Path dir;

    @Test
    void givenAFreshDataFolder_whenTheInstallationStartsWithEveryShippedModule_thenItRunsOnTheTemplateUnmigrated()
            throws Exception {
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        List<Path> shipped = List.of(Layout.appointmentsJar(), Layout.recordJar(), Layout.prescriptionsJar(),
                Layout.messagingJar(), Layout.onlineConsultationsJar());
        for (Path jar : shipped) {
            Layout.deploy(jar, deploy);
        }
        Files.deleteIfExists(Path.of("target", "it-logs", "database-template.log"));

        try (DistributionProcess node = DistributionProcess.startIn(dir, "database-template")) {
            Health health = new Health(node.port());
            await().atMost(Duration.ofSeconds(60)).until(() -> List.of("appointments", "record", "prescriptions",
                    "messaging", "online-consultations").stream()
                    .allMatch(id -> health.stateOf(id).orElse("").equals("ACTIVE")));
            String log = Files.readString(node.log());

            assertThat(log).contains("Database created from the installation's template")
                    .contains("Seeded the demo records")
                    .doesNotContain("migrated to version");
        }
        assertThat(dir.resolve("data/derby/citizen-services/service.properties")).isRegularFile();
        assertThat(Layout.home().resolve("database-template/citizen-services/service.properties")).isRegularFile();
    }
}
