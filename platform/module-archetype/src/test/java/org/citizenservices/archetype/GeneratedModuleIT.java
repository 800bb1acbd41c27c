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
 * build's archetype, then {@code mvn verify} on the generated project — its unit tests on Derby and its integration
 * tests in the real host through the test kit. Both runs are separate Maven processes on an isolated repository
 * (this build's platform, staged by the invoker plugin) that falls back to the user's for plugins.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedModuleIT {

    static final String ARTIFACT = "travel-health";
    static Path projects;
    static Path generated;

    @BeforeAll
    static void clean() throws IOException {
        projects = Path.of(System.getProperty("it.projects"));
        generated = projects.resolve(ARTIFACT);
        if (Files.exists(generated)) {
            try (Stream<Path> old = Files.walk(generated)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(projects);
    }

    @Test
    @Order(1)
    void archetypeGenerate_writesACompleteModule() throws Exception {
        Run run = maven(projects, "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate",
                "-DarchetypeGroupId=org.citizenservices",
                "-DarchetypeArtifactId=citizen-services-module-archetype",
                "-DarchetypeVersion=" + System.getProperty("archetype.version"),
                "-DgroupId=org.example.travel", "-DartifactId=" + ARTIFACT, "-Dversion=1.0.0",
                "-Dpackage=org.example.travel", "-DcapabilityId=travel-health", "-DserviceKey=TRAVEL_HEALTH",
                "-DdisplayName=Travel health", "-DinteractiveMode=false");

        assertThat(run.exitCode).as(run.log).isZero();
        Path sources = generated.resolve("src/main/java/org/example/travel/internal");
        assertThat(sources.resolve("wiring/RequestsCapability.java")).content()
                .contains("package org.example.travel.internal.wiring;", "return \"travel-health\";");
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
    void mvnVerify_onTheGeneratedModule_passesItsUnitAndIntegrationTests() throws Exception {
        Run run = maven(generated, "verify");

        assertThat(run.exitCode).as(run.log).isZero();
        assertThat(generated.resolve("target/" + ARTIFACT + "-1.0.0.jar")).exists();
        assertThat(testsRun(run.log, "RequestsTest")).isEqualTo(6);
        assertThat(testsRun(run.log, "RequestsIT")).isEqualTo(5);
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
