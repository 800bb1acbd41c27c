package org.citizenservices.it;

import org.citizenservices.it.support.TestDatabases;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.citizenservices.host.CitizenServicesHost;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.TestBundles;
import org.citizenservices.spi.Area;
import org.citizenservices.spi.Capability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The host booted in-process on real Felix, Jetty, Vaadin and Derby: capability bundles dropped into and removed
 * from the deploy folder, and broken bundles that must never take the host down.
 */
class ModuleLifecycleIT {

    @TempDir
    static Path dir;
    static CitizenServicesHost host;
    static Path deploy;
    static Health health;

    @BeforeAll
    static void startHost() throws Exception {
        deploy = dir.resolve("deploy");
        host = CitizenServicesHost.start(TestDatabases.hostOptions(dir.resolve("data"), deploy, false));
        health = new Health(host.port());
    }

    @AfterAll
    static void stopHost() {
        host.close();
    }

    @Test
    void givenTheExampleJar_whenDroppedAndRemoved_thenItsServiceRoutesAndMenuComeAndGo() throws Exception {
        Path jar = Layout.deploy(Layout.exampleJar(), deploy);

        health.awaitActive("travel-health");
        assertThat(capabilityIds()).contains("travel-health");
        assertThat(vaadinRoute("travel-health")).isTrue();
        assertThat(vaadinRoute("practice/travel-health")).isTrue();
        assertThat(host.portal().routes().menu(Area.CITIZEN)).extracting(m -> m.path()).contains("travel-health");
        assertThat(health.module("travel-health").orElseThrow().path("name").asText()).isEqualTo("Travel health");

        Files.delete(jar);

        await().atMost(Duration.ofSeconds(20)).until(() -> health.stateOf("travel-health").isEmpty());
        assertThat(capabilityIds()).doesNotContain("travel-health");
        assertThat(vaadinRoute("travel-health")).isFalse();
        assertThat(vaadinRoute("practice/travel-health")).isFalse();
        assertThat(host.portal().routes().menu(Area.CITIZEN)).extracting(m -> m.path()).doesNotContain("travel-health");
    }

    @Test
    void givenDataInAModuleSchema_whenTheModuleIsRemovedAndReinstalled_thenTheDataIsStillThere() throws Exception {
        Path jar = Layout.deploy(Layout.exampleJar(), deploy);
        health.awaitActive("travel-health");
        execute("INSERT INTO CITIZEN_REQUEST (PATIENT_ID, DETAILS, STATUS, SENT_BY, RECEIVED_AT) "
                + "VALUES (1, 'kept across reinstall', 'RECEIVED', 'Jane Demo', CURRENT_TIMESTAMP)");
        long before = count("SELECT COUNT(*) FROM CITIZEN_REQUEST WHERE DETAILS = 'kept across reinstall'");

        Files.delete(jar);
        await().atMost(Duration.ofSeconds(20)).until(() -> health.stateOf("travel-health").isEmpty());
        assertThat(count("SELECT COUNT(*) FROM CITIZEN_REQUEST WHERE DETAILS = 'kept across reinstall'"))
                .isEqualTo(before).isPositive();

        jar = Layout.deploy(Layout.exampleJar(), deploy);
        health.awaitActive("travel-health");
        // migrations ran once: the history has one successful row for V1, not two
        assertThat(count("SELECT COUNT(*) FROM \"SCHEMA_HISTORY\" WHERE \"version\" = '1' AND \"success\" = TRUE"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM CITIZEN_REQUEST WHERE DETAILS = 'kept across reinstall'"))
                .isEqualTo(before);
        Files.delete(jar);
        await().atMost(Duration.ofSeconds(20)).until(() -> health.stateOf("travel-health").isEmpty());
    }

    @Test
    void givenAModuleMeantToRunThatIsNotRunning_withNoChangeToItsJar_thenTheHostStartsItAgain() throws Exception {
        Path jar = Layout.deploy(Layout.exampleJar(), deploy);
        health.awaitActive("travel-health");
        Bundle bundle = exampleBundle();

        // what a start Felix refused while busy leaves behind: marked to run, not running, and FileInstall, seeing
        // no change to the jar, never tries again
        bundle.stop(Bundle.STOP_TRANSIENT);
        assertThat(vaadinRoute("travel-health")).isFalse();

        await().atMost(Duration.ofSeconds(20)).until(() -> bundle.getState() == Bundle.ACTIVE
                && vaadinRoute("travel-health"));
        Files.delete(jar);
        await().atMost(Duration.ofSeconds(20)).until(() -> health.stateOf("travel-health").isEmpty());
    }

    @Test
    void givenAnInstalledModule_whenItsBundleIsStoppedAndStarted_thenItsRoutesFollow() throws Exception {
        Path jar = Layout.deploy(Layout.exampleJar(), deploy);
        health.awaitActive("travel-health");
        Bundle bundle = exampleBundle();

        bundle.stop();
        assertThat(vaadinRoute("travel-health")).isFalse();
        assertThat(health.stateOf("citizen-services-example-capability")).contains("RESOLVED");

        bundle.start();
        assertThat(vaadinRoute("travel-health")).isTrue();
        assertThat(health.stateOf("travel-health")).contains("ACTIVE");

        // touching the jar makes FileInstall update the bundle: the routes are removed and added again
        long installedAt = bundle.getLastModified();
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        await().atMost(Duration.ofSeconds(20)).until(() -> bundle.getLastModified() > installedAt
                && bundle.getState() == Bundle.ACTIVE && vaadinRoute("travel-health"));
        Files.delete(jar);
        await().atMost(Duration.ofSeconds(20)).until(() -> health.stateOf("travel-health").isEmpty());
    }

    @Test
    void givenBrokenBundles_whenDropped_thenEachIsFailedInHealthAndTheHostAndOtherModulesStayUp() throws Exception {
        Path good = Layout.deploy(Layout.appointmentsJar(), deploy);
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Path throwing = Layout.deploy(TestBundles.throwingActivator(broken), deploy);
        Path unresolved = Layout.deploy(TestBundles.missingImport(broken), deploy);
        Path failing = Layout.deploy(TestBundles.failingCapability(broken), deploy);
        Path badManifest = Layout.deploy(TestBundles.badManifest(broken), deploy);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                health.stateOf("it.throwing.activator").orElse("").equals("FAILED")
                        && health.stateOf("it.missing.import").orElse("").equals("FAILED")
                        && health.stateOf("failing").orElse("").equals("FAILED")
                        && health.stateOf("bad-manifest.jar").orElse("").equals("FAILED")
                        && health.stateOf("appointments").orElse("").equals("ACTIVE"));
        assertThat(health.module("failing").orElseThrow().path("detail").asText())
                .contains("cannot reach the prescribing system");
        assertThat(health.module("it.throwing.activator").orElseThrow().path("detail").asText()).contains("activator");
        assertThat(health.module("it.missing.import").orElseThrow().path("detail").asText()).contains("resolved");
        assertThat(health.module("bad-manifest.jar").orElseThrow().path("detail").asText())
                .isEqualTo("not an OSGi bundle: its manifest has no Bundle-SymbolicName");
        assertThat(health.up()).isTrue();
        assertThat(vaadinRoute("appointments")).isTrue();

        for (Path jar : new Path[] {good, throwing, unresolved, failing, badManifest}) {
            Files.delete(jar);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> health.read().orElseThrow().path("modules").isEmpty());
    }

    private static boolean vaadinRoute(String path) {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(host.servletContext()))
                .getNavigationTarget(path).isPresent();
    }

    private static java.util.List<String> capabilityIds() throws InvalidSyntaxException {
        var context = host.framework().context();
        return context.getServiceReferences(Capability.class, null).stream()
                .map(r -> {
                    Capability c = context.getService(r);
                    try {
                        return c.id();
                    } finally {
                        context.ungetService(r);
                    }
                }).toList();
    }

    private static Connection exampleSchema() throws SQLException {
        return TestDatabases.connect(dir.resolve("data"), "TRAVEL_HEALTH");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = exampleSchema(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = exampleSchema(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The example module's bundle in the running host's framework. */
    private static Bundle exampleBundle() {
        return Arrays.stream(host.framework().context().getBundles())
                .filter(b -> "citizen-services-example-capability".equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
    }
}
