package org.citizenservices.host.osgi;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FileInstallSettingsTest {

    @Test
    void givenADeployFolder_whenConfigured_thenJarsArePolledOftenStartedAndLoggedThroughJul() {
        Map<String, String> settings = FileInstallSettings.forDeployFolder(Path.of("/srv/cs/deploy"),
                Path.of("/srv/cs/data/tmp"), 100);

        assertThat(settings)
                .containsEntry("felix.fileinstall.dir", "/srv/cs/deploy")
                .containsEntry("felix.fileinstall.poll", "100")
                .containsEntry("felix.fileinstall.noInitialDelay", "true")
                .containsEntry("felix.fileinstall.bundles.new.start", "true")
                .containsEntry("felix.fileinstall.filter", ".*\\.jar")
                .containsEntry("felix.fileinstall.tmpdir", "/srv/cs/data/tmp")
                .containsEntry("felix.fileinstall.log.default", "jul")
                .containsEntry("felix.fileinstall.subdir.mode", "skip");
        assertThat("citizen-services-appointments-1.0.jar").matches(settings.get("felix.fileinstall.filter"));
        assertThat("notes.txt").doesNotMatch(settings.get("felix.fileinstall.filter"));
    }
}
