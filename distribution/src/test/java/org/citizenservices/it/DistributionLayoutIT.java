package org.citizenservices.it;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.citizenservices.it.support.Layout;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The unpacked layout and the tarball hold the same installable distribution. */
class DistributionLayoutIT {

    @Test
    void givenTheBuiltLayout_whenListed_thenItHasTheLauncherLibrariesConfigurationAndModules() throws IOException {
        Path home = Layout.home();

        assertThat(Files.getPosixFilePermissions(home.resolve("bin/citizen-services")))
                .contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(home.resolve("conf/logback.xml")).isRegularFile();
        assertThat(names(home.resolve("lib"))).anyMatch(n -> n.startsWith("citizen-services-host-"))
                .anyMatch(n -> n.startsWith("citizen-services-spi-"))
                .anyMatch(n -> n.startsWith("org.apache.felix.framework-"))
                .noneMatch(n -> n.startsWith("vaadin-dev"))
                .noneMatch(n -> n.startsWith("citizen-services-appointments-"))
                .noneMatch(n -> n.startsWith("citizen-services-record-"))
                .noneMatch(n -> n.startsWith("citizen-services-prescriptions-"))
                .noneMatch(n -> n.startsWith("citizen-services-messaging-"));
        assertThat(names(home.resolve("deploy"))).hasSize(4)
                .anyMatch(n -> n.startsWith("citizen-services-messaging-"))
                .anyMatch(n -> n.startsWith("citizen-services-appointments-"))
                .anyMatch(n -> n.startsWith("citizen-services-record-"))
                .anyMatch(n -> n.startsWith("citizen-services-prescriptions-"));
        assertThat(names(home.resolve("modules-available"))).hasSize(2)
                .anyMatch(n -> n.startsWith("citizen-services-example-capability-"))
                .anyMatch(n -> n.startsWith("citizen-services-online-consultations-"));
    }

    @Test
    void givenTheOperationsGuide_whenItsListOfWhatRunsIsRead_thenEveryJarItNamesIsTheOneInLib() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "operations.md"));
        String section = guide.substring(guide.indexOf("## What an installation runs"),
                guide.indexOf("## Security checklist"));
        List<String> named = java.util.regex.Pattern.compile("`([A-Za-z0-9_.-]+\\.jar)`").matcher(section).results()
                .map(match -> match.group(1)).toList();

        assertThat(named).hasSizeGreaterThan(10);
        assertThat(names(Layout.home().resolve("lib"))).containsAll(named);
    }

    @Test
    void givenTheTarball_whenRead_thenItIsTheSameLayoutUnderOneFolderWithAnExecutableLauncher() throws IOException {
        Path home = Layout.home();
        Map<String, Integer> entries = new HashMap<>();
        try (InputStream file = Files.newInputStream(home.resolveSibling("citizen-services.tar.gz"));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(file))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.put(entry.getName(), entry.getMode());
            }
        }

        assertThat(entries.keySet()).allMatch(name -> name.startsWith("citizen-services/"));
        assertThat(entries.get("citizen-services/bin/citizen-services") & 0111).isNotZero();
        try (Stream<Path> files = Files.walk(home)) {
            // cds/ is no part of the installation as shipped: the launcher records its class-data archive there
            files.filter(Files::isRegularFile).filter(f -> !home.relativize(f).startsWith("cds"))
                    .map(f -> "citizen-services/" + home.relativize(f))
                    .forEach(name -> assertThat(entries).containsKey(name));
        }
    }

    /**
     * A module reaches the platform only through the SPI and the modules' published APIs — never the host's or the
     * core's own packages — and otherwise uses only the libraries the host exports for everyone (Vaadin, Jakarta
     * Persistence and Validation, OSGi, SLF4J, Jackson for JSON, the commons-logging API an embedded library may log
     * through) and the Java platform. Anything else must be an optional import that never has to wire: the record
     * module's embedded PDFBox names Bouncy Castle (for encrypted PDFs) and {@code sun.misc}, and uses neither.
     */
    @Test
    void givenTheShippedModules_whenTheirImportsAreRead_thenOnlyTheSpiAndPublicApisAreUsed() throws IOException {
        for (Path jar : List.of(Layout.appointmentsJar(), Layout.recordJar(), Layout.prescriptionsJar(),
                Layout.messagingJar(), Layout.exampleJar())) {
            String imports;
            try (JarFile file = new JarFile(jar.toFile())) {
                imports = file.getManifest().getMainAttributes().getValue("Import-Package");
            }
            // one clause per package: drop quoted parameters, which contain commas of their own
            List<String> clauses = Arrays.stream(imports.replaceAll("\"[^\"]*\"", "").split(","))
                    .map(String::trim).toList();
            List<String> packages = clauses.stream().map(clause -> clause.split(";")[0].trim()).toList();

            assertThat(packages).as("imports of %s", jar.getFileName()).contains("org.citizenservices.spi")
                    .noneMatch(p -> p.startsWith("org.citizenservices.") && !p.equals("org.citizenservices.spi")
                            && !PUBLISHED_APIS.contains(p));
            assertThat(clauses).as("imports of %s", jar.getFileName())
                    .allMatch(clause -> HOST_EXPORTS.stream().anyMatch(clause::startsWith)
                            || PUBLISHED_APIS.contains(clause.split(";")[0].trim())
                            || clause.contains("resolution:=optional"));
        }
    }

    /** What the host exports to every module: the SPI, its libraries and the Java platform. */
    private static final List<String> HOST_EXPORTS = List.of("org.citizenservices.spi", "com.vaadin.flow.",
            "jakarta.persistence", "jakarta.validation", "java.", "javax.", "org.w3c.dom", "org.xml.sax",
            "org.osgi.framework", "org.slf4j", "com.fasterxml.jackson.", "org.apache.commons.logging");

    /** The packages modules publish for each other (module developer guide, section 8); never an internal one. */
    private static final List<String> PUBLISHED_APIS = List.of("org.citizenservices.appointments",
            "org.citizenservices.messaging");

    private static Stream<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList().stream();
        }
    }
}
