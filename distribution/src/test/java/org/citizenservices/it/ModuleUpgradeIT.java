package org.citizenservices.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.host.CitizenServicesHost;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.TestBundles;
import org.citizenservices.it.support.TestDatabases;
import org.citizenservices.spi.Capability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A module upgraded the way a practice does it: {@code notes-1.1.0.jar} dropped while {@code notes-1.0.0.jar} is
 * still in the deploy folder. The newer version runs on the schema migrated by its extra script, with the rows the
 * older one wrote; the older jar is retired to {@code deploy/retired/}; an older version dropped over a newer one is
 * refused and changes nothing. The same on Derby and PostgreSQL, in-process on real Felix, FileInstall and Jetty.
 */
class ModuleUpgradeIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    CitizenServicesHost host;
    Health health;

    @AfterEach
    void stopHost() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void givenNotes10WithData_whenNotes11IsDroppedBesideIt_thenItRunsOnTheMigratedSchemaWithTheDataAndAfterARestart()
            throws Exception {
        startHost();
        dropAndAwait("1.0.0");
        assertThat(notes("1.0.0", "first visit")).containsExactly("first visit");

        long dropped = System.nanoTime();
        dropAndAwait("1.1.0");
        System.out.printf("notes 1.0.0 -> 1.1.0 ACTIVE %d ms after the drop%n", (System.nanoTime() - dropped) / 1_000_000);

        // the row 1.0 wrote has the new column's default; the new column is written and read by 1.1
        assertThat(notes("1.1.0", "second visit!")).containsExactly("first visit [NORMAL]", "second visit [URGENT]");
        assertThat(query("SELECT PRIORITY FROM NOTE WHERE TEXT_VALUE = 'second visit'")).containsExactly("URGENT");
        assertThat(successfulMigrations()).containsExactly("1", "2");
        assertThat(noteServices()).containsExactly("1.1.0");
        // the older jar is out of the folder and out of the framework: one module, one version, nothing refused
        awaitBundlesOfNotes(1);
        assertThat(jarsIn(deploy())).containsExactly("notes-1.1.0.jar");
        assertThat(jarsIn(deploy().resolve("retired"))).containsExactly("notes-1.0.0.jar");
        assertThat(moduleIds()).containsExactly("notes");

        host.close();
        startHost();

        awaitNotes("1.1.0");
        assertThat(notes("1.1.0", null)).containsExactly("first visit [NORMAL]", "second visit [URGENT]");
        assertThat(moduleIds()).containsExactly("notes");
        assertThat(successfulMigrations()).containsExactly("1", "2");
        assertThat(jarsIn(deploy().resolve("retired"))).containsExactly("notes-1.0.0.jar");
    }

    @Test
    void givenNotes11Running_whenNotes10IsDropped_thenItIsRefusedAndTheRunningVersionAndItsDataAreUntouched()
            throws Exception {
        startHost();
        dropAndAwait("1.1.0");
        assertThat(notes("1.1.0", "kept!")).containsExactly("kept [URGENT]");
        long running = serviceId("1.1.0");
        List<String> history = successfulMigrations();
        List<String> capabilitiesSeen = capabilityRegistrations();

        drop("1.0.0");

        await().atMost(WAIT).until(() -> health.stateOf("notes-1.0.0.jar").orElse("").equals("REFUSED"));
        JsonNode refused = health.module("notes-1.0.0.jar").orElseThrow();
        assertThat(refused.path("version").asText()).isEqualTo("1.0.0");
        assertThat(refused.path("detail").asText())
                .startsWith("not started: version 1.0.0 is older than version 1.1.0 (notes-1.1.0.jar), which is "
                        + "installed; a module is never downgraded")
                .contains("moved to");
        awaitBundlesOfNotes(1);
        assertThat(jarsIn(deploy())).containsExactly("notes-1.1.0.jar");
        assertThat(jarsIn(deploy().resolve("retired"))).containsExactly("notes-1.0.0.jar");
        // 1.1 was never stopped, 1.0's activator never ran, and the schema and rows are as they were
        assertThat(health.module("notes").orElseThrow().path("version").asText()).isEqualTo("1.1.0");
        assertThat(health.stateOf("notes")).contains("ACTIVE");
        assertThat(serviceId("1.1.0")).isEqualTo(running);
        assertThat(capabilitiesSeen).isEmpty();
        assertThat(successfulMigrations()).isEqualTo(history);
        assertThat(notes("1.1.0", null)).containsExactly("kept [URGENT]");

        // the older version alone (the newer one deleted, the old jar put back) fails, saying why, and changes nothing
        Files.delete(deploy().resolve("notes-1.1.0.jar"));
        await().atMost(WAIT).until(() -> health.stateOf("notes").isEmpty());
        Layout.deploy(deploy().resolve("retired").resolve("notes-1.0.0.jar"), deploy());
        await().atMost(WAIT).until(() -> health.stateOf("notes").orElse("").equals("FAILED"));
        assertThat(health.module("notes").orElseThrow().path("detail").asText())
                .contains("holds migration 2 that this version does not have");
        assertThat(health.stateOf("notes-1.0.0.jar")).as("installed again, so no longer a refusal").isEmpty();
        assertThat(successfulMigrations()).isEqualTo(history);
        assertThat(query("SELECT TEXT_VALUE FROM NOTE WHERE PRIORITY = 'URGENT'")).containsExactly("kept");
        assertThat(capabilitiesSeen).as("the listener sees a 1.0 that does start").containsOnly("notes 1.0.0");
    }

    @Test
    void givenBothVersionsInTheFolderWhileTheHostIsStopped_whenItStarts_thenOnlyTheNewerRunsAndTheOlderIsRetired()
            throws Exception {
        startHost();
        dropAndAwait("1.0.0");
        notes("1.0.0", "written by 1.0");
        host.close();

        // the upgrade as the operations guide describes it: the node stopped, the new jar added beside the old one
        drop("1.1.0");
        startHost();

        awaitNotes("1.1.0");
        awaitBundlesOfNotes(1);
        assertThat(jarsIn(deploy())).containsExactly("notes-1.1.0.jar");
        assertThat(jarsIn(deploy().resolve("retired"))).containsExactly("notes-1.0.0.jar");
        assertThat(notes("1.1.0", null)).containsExactly("written by 1.0 [NORMAL]");
        assertThat(successfulMigrations()).containsExactly("1", "2");
        // an upgrade made while stopped is not a refused downgrade, whichever jar FileInstall happened to see first
        assertThat(moduleIds()).containsExactly("notes");
    }

    private void startHost() throws Exception {
        host = CitizenServicesHost.start(TestDatabases.hostOptions(dir.resolve("data"), deploy(), false));
        health = new Health(host.port());
    }

    private Path deploy() {
        return dir.resolve("deploy");
    }

    private Path builds() throws java.io.IOException {
        return Files.createDirectories(dir.resolve("builds"));
    }

    /** Drops the notes module's jar of this version into the deploy folder, as an operator would. */
    private void drop(String version) throws java.io.IOException {
        Layout.deploy(TestBundles.notes(builds(), version, "notes-" + version + ".jar"), deploy());
    }

    private void dropAndAwait(String version) throws java.io.IOException {
        drop(version);
        awaitNotes(version);
    }

    private void awaitNotes(String version) {
        await().atMost(WAIT).until(() -> health.module("notes")
                .filter(m -> "ACTIVE".equals(m.path("state").asText()))
                .filter(m -> version.equals(m.path("version").asText()))
                .isPresent());
    }

    /** Waits until FileInstall has uninstalled a retired bundle, leaving this many bundles named {@code it.notes}. */
    private void awaitBundlesOfNotes(int count) {
        await().atMost(WAIT).until(() -> Stream.of(host.framework().context().getBundles())
                .filter(b -> "it.notes".equals(b.getSymbolicName())).count() == count);
    }

    /** Stores {@code text} as a note through the module's own service (unless null) and answers every note. */
    @SuppressWarnings("unchecked")
    private List<String> notes(String version, String text) throws InvalidSyntaxException {
        BundleContext context = host.framework().context();
        Collection<ServiceReference<Function>> references =
                context.getServiceReferences(Function.class, "(it.notes=" + version + ")");
        assertThat(references).as("the notes service of version " + version).hasSize(1);
        ServiceReference<Function> reference = references.iterator().next();
        try {
            return (List<String>) context.getService(reference).apply(text);
        } finally {
            context.ungetService(reference);
        }
    }

    private long serviceId(String version) throws InvalidSyntaxException {
        return (Long) host.framework().context().getServiceReferences(Function.class, "(it.notes=" + version + ")")
                .iterator().next().getProperty("service.id");
    }

    private List<String> noteServices() throws InvalidSyntaxException {
        return host.framework().context().getServiceReferences(Function.class, "(it.notes=*)").stream()
                .map(r -> (String) r.getProperty("it.notes")).toList();
    }

    /** Records, from now on, every capability registered by a bundle named {@code it.notes}. */
    private List<String> capabilityRegistrations() throws InvalidSyntaxException {
        List<String> seen = new CopyOnWriteArrayList<>();
        ServiceListener listener = event -> {
            if (event.getType() == ServiceEvent.REGISTERED
                    && "it.notes".equals(event.getServiceReference().getBundle().getSymbolicName())) {
                seen.add("notes " + event.getServiceReference().getBundle().getVersion());
            }
        };
        host.framework().context().addServiceListener(listener,
                "(objectClass=" + Capability.class.getName() + ")");
        return seen;
    }

    private List<String> moduleIds() {
        List<String> ids = new ArrayList<>();
        health.read().orElseThrow().path("modules").forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }

    private static List<String> jarsIn(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
    }

    private List<String> successfulMigrations() throws SQLException {
        return query("SELECT \"version\" FROM \"SCHEMA_HISTORY\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL "
                + "ORDER BY \"installed_rank\"");
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = TestDatabases.connect(dir.resolve("data"), "NOTES"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }
}
