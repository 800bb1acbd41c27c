package org.citizenservices.host.modules;

import org.citizenservices.host.modules.UpgradeDecision.Kind;
import org.citizenservices.host.modules.UpgradeDecision.ModuleJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpgradeDecisionTest {

    @ParameterizedTest(name = "installed {0}, arriving {1} -> {2}")
    @CsvSource({
            "1.0.0, 1.1.0, UPGRADE",
            "1.0.0, 2.0.0, UPGRADE",
            "1.9.0, 1.10.0, UPGRADE",           // numeric, not text: 10 > 9
            "1.0.0, 1.0.1, UPGRADE",
            "0.1.0.202611250900, 0.1.0.202611260858, UPGRADE", // a later snapshot build
            "1.0.0, 1.0.0.1, UPGRADE",          // any qualifier is above none
            "1.1.0, 1.0.0, REFUSED",
            "2.0.0, 1.10.0, REFUSED",
            "1.0.0, 1.0.0, REFUSED",
            "0.1.0.202611260858, 0.1.0.202611250900, REFUSED"
    })
    void givenTwoVersionsOfAModule_whenDecided_thenOnlyAHigherArrivingVersionReplacesTheInstalledOne(
            String installed, String arriving, Kind expected) {
        ModuleJar running = jar(installed, "notes-running.jar");
        ModuleJar dropped = jar(arriving, "notes-dropped.jar");

        UpgradeDecision decision = UpgradeDecision.between(running, dropped);

        assertThat(decision.kind()).isEqualTo(expected);
        assertThat(decision.keep()).isEqualTo(expected == Kind.UPGRADE ? dropped : running);
        assertThat(decision.retire()).isEqualTo(expected == Kind.UPGRADE ? running : dropped);
    }

    @Test
    void givenAnUpgrade_whenExplained_thenTheRetiredJarIsSaidToBeReplacedByTheNewVersion() {
        assertThat(reason("1.0.0", "notes-1.0.0.jar", "1.1.0", "notes-1.1.0.jar"))
                .isEqualTo("replaced by version 1.1.0 (notes-1.1.0.jar)");
    }

    @Test
    void givenADowngrade_whenExplained_thenTheReasonNamesBothVersionsAndTheRunningJar() {
        assertThat(reason("1.1.0", "notes-1.1.0.jar", "1.0.0", "notes-1.0.0.jar"))
                .startsWith("not started: version 1.0.0 is older than version 1.1.0 (notes-1.1.0.jar), which is "
                        + "installed; a module is never downgraded");
    }

    @Test
    void givenTheSameVersionUnderAnotherName_whenExplained_thenItIsSaidToBeTheSame() {
        assertThat(reason("1.1.0", "notes-1.1.0.jar", "1.1.0", "notes-copy.jar")).startsWith("not started: version 1.1.0 is the same as version 1.1.0");
    }

    @Test
    void givenTwoDifferentModules_whenDecided_thenItIsRefusedAsAMistake() {
        ModuleJar notes = jar("1.0.0", "notes.jar");
        ModuleJar other = new ModuleJar("it.other", Version.parseVersion("2.0.0"), "other.jar");

        assertThatThrownBy(() -> UpgradeDecision.between(notes, other)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ModuleJar jar(String version, String name) {
        return new ModuleJar("it.notes", Version.parseVersion(version), name);
    }

    /** Why the decision between a running jar and a dropped one came out as it did. */
    private static String reason(String running, String runningJar, String dropped, String droppedJar) {
        return UpgradeDecision.between(jar(running, runningJar), jar(dropped, droppedJar)).reason();
    }
}
