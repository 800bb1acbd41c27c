package org.citizenservices.archetype;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a third-party developer does on day one, as they would do it: {@code mvn archetype:generate} with this
 * build's archetype, then {@code mvn verify} on the generated project — compiled against the platform, its unit
 * tests on Derby, its bundle built and tested as a bundle in Felix (Pax Exam). Both runs are separate Maven processes on an isolated repository (this build's
 * platform, staged by the invoker plugin) that falls back to the user's for plugins. The same sources' integration
 * tests in the real host run in this build already: the example capability module is what the archetype generates
 * with its default properties, which the first test proves file by file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedModuleIT {

    static final String ARTIFACT = "travel-health";
    static final String EXAMPLE = "citizen-services-example-capability";
    static Path projects;
    static Path generated;

    @BeforeAll
    static void clean() throws IOException {
        projects = Path.of(System.getProperty("it.projects"));
        generated = projects.resolve(ARTIFACT);
        delete(generated);
        Files.createDirectories(projects);
    }

    static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> old = Files.walk(directory)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(0)
    void withItsDefaults_theArchetypeGeneratesExactlyTheExampleModule() throws Exception {
        Path example = Path.of(System.getProperty("example.module"));
        Path generatedExample = projects.resolve(EXAMPLE);
        delete(generatedExample);
        Run run = generate("-DgroupId=org.citizenservices", "-DartifactId=" + EXAMPLE,
                "-Dversion=" + System.getProperty("archetype.version"), "-Dpackage=org.citizenservices.example");

        assertThat(run.exitCode).as(run.log).isZero();
        assertThat(files(generatedExample)).containsExactlyElementsOf(files(example));
        for (Path file : files(example)) {
            assertThat(generatedExample.resolve(file)).as(file.toString())
                    .hasSameTextualContentAs(example.resolve(file));
        }
    }

    /** The module's own files, relative to it: what an author would commit, not what a build leaves in target. */
    static List<Path> files(Path module) throws IOException {
        try (Stream<Path> all = Files.walk(module)) {
            return all.filter(Files::isRegularFile).map(module::relativize)
                    .filter(p -> !p.startsWith("target") && !p.getFileName().toString().endsWith(".log"))
                    .sorted().toList();
        }
    }

    @Test
    @Order(1)
    void archetypeGenerate_writesACompleteModule() throws Exception {
        Run run = generate("-DgroupId=org.example.travel", "-DartifactId=" + ARTIFACT, "-Dversion=1.0.0",
                "-Dpackage=org.example.travel", "-DcapabilityId=travel-health", "-DserviceKey=TRAVEL_HEALTH",
                "-DdisplayName=Travel health");

        assertThat(run.exitCode).as(run.log).isZero();
        Path sources = generated.resolve("src/main/java/org/example/travel/internal");
        assertThat(sources.resolve("wiring/RequestsCapability.java")).content()
                .contains("package org.example.travel.internal.wiring;",
                        "super(\"travel-health\", Requests.SERVICE, \"Travel health\", CitizenRequest.class);");
        assertThat(sources.resolve("Requests.java")).content().contains("new CitizenService(\"TRAVEL_HEALTH\")");
        assertThat(sources.resolve("ui/CitizenRequestsView.java")).exists();
        assertThat(sources.resolve("ui/PracticeRequestsView.java")).exists();
        assertThat(generated.resolve("src/main/resources/db/migration/V1__citizen_request.sql")).exists();
        assertThat(generated.resolve("src/test/java/org/example/travel/internal/RequestsIT.java")).exists();
        assertThat(generated.resolve("bnd.bnd")).content()
                .contains("Bundle-Activator: org.example.travel.internal.wiring.RequestsActivator");
        assertThat(generated.resolve("README.md")).content().startsWith("# Travel health");
    }

    @Test
    @Order(2)
    void mvnVerify_onTheGeneratedModule_passesItsUnitTests_andItsBundleTestInFelix() throws Exception {
        // the in-container test only: RequestsIT boots the whole host and a browser, and runs in this build already
        Run run = maven(generated, "verify", "-Dit.test=RequestsBundleIT",
                // Pax Exam's bundles are where this build fetched them, the user's repository (the tail here)
                "-Dpax-exam.repository=" + System.getProperty("user.repository"));

        assertThat(run.exitCode).as(run.log).isZero();
        assertThat(generated.resolve("target/" + ARTIFACT + "-1.0.0.jar")).exists();
        assertThat(testsRun(run.log, "RequestsTest")).isEqualTo(6);
        assertThat(testsRun(run.log, "RequestsBundleIT")).isEqualTo(3);
    }

    static Run generate(String... properties) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate",
                "-DarchetypeGroupId=org.citizenservices", "-DarchetypeArtifactId=citizen-services-module-archetype",
                "-DarchetypeVersion=" + System.getProperty("archetype.version"), "-DinteractiveMode=false"));
        arguments.addAll(List.of(properties));
        return maven(projects, arguments.toArray(String[]::new));
    }

    /** "Tests run: N, Failures: 0, Errors: 0, Skipped: 0, ... - in ...RequestsIT", as surefire and failsafe log it. */
    static int testsRun(String log, String testClass) {
        Matcher line = Pattern.compile("Tests run: (\\d+), Failures: 0, Errors: 0, Skipped: 0.*in [\\w.]*\\."
                + testClass).matcher(log);
        assertThat(line.find()).as("a passing run of " + testClass + " in\n" + log).isTrue();
        return Integer.parseInt(line.group(1));
    }

    record Run(int exitCode, String log) {
    }

    static Run maven(Path directory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(System.getProperty("maven.wrapper"), "-B", "-ntp",
                "-Dmaven.repo.local=" + System.getProperty("it.repository"),
                "-Dmaven.repo.local.tail=" + System.getProperty("user.repository"),
                // offline: the outer build has put every plugin the generated one uses into the user's repository
                "-o", "-Dstyle.color=never"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(directory, "maven", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("Maven did not finish in 20 minutes: " + Files.readString(log));
        }
        String output = Files.readString(log);
        Files.delete(log);
        return new Run(process.exitValue(), output);
    }
}
