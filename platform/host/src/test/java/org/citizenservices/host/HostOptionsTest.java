package org.citizenservices.host;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostOptionsTest {

    @Test
    void givenNoArguments_whenParsed_thenPort8080AndFoldersBesideTheWorkingDirectory() {
        HostOptions options = HostOptions.parse();

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.dataDir()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
        assertThat(options.deployDir()).isEqualTo(Path.of("deploy").toAbsolutePath().normalize());
        assertThat(options.demo()).isFalse();
    }

    @Test
    void givenEveryOption_whenParsed_thenEachIsTaken() {
        HostOptions options = HostOptions.parse("--port", "0", "--data", "/tmp/x", "--deploy", "/tmp/y", "--demo");

        assertThat(options.port()).isZero();
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.deployDir()).isEqualTo(Path.of("/tmp/y"));
        assertThat(options.demo()).isTrue();
        assertThat(options.osgiCacheDir()).isEqualTo(Path.of("/tmp/x/osgi-cache"));
    }

    @Test
    void givenAnOptionTwice_whenParsed_thenTheLastWins() {
        // bin/citizen-services passes its own --deploy first, so a user's --deploy must override it
        assertThat(HostOptions.parse("--deploy", "/a", "--deploy", "/b").deployDir()).isEqualTo(Path.of("/b"));
    }

    @Test
    void givenBadArguments_whenParsed_thenClearMessages() {
        assertThatThrownBy(() -> HostOptions.parse("--port", "eighty")).hasMessageContaining("--port must be a number");
        assertThatThrownBy(() -> HostOptions.parse("--port", "70000")).hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> HostOptions.parse("--data")).hasMessageContaining("--data needs a value");
        assertThatThrownBy(() -> HostOptions.parse("--data", "--demo")).hasMessageContaining("--data needs a value");
        assertThatThrownBy(() -> HostOptions.parse("--verbose")).hasMessageContaining("Unknown option --verbose")
                .hasMessageContaining("usage:");
    }

    @Test
    void givenNoDatabaseSettings_whenParsed_thenEmbeddedDerby() {
        assertThat(HostOptions.parse(Map.of(), null).database().isEmbedded()).isTrue();
    }

    @Test
    void givenTheDatabaseInEveryPlace_whenParsed_thenCommandLineOverEnvironmentOverFile(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("database.properties");
        Files.writeString(file, "url=jdbc:postgresql://file/db\nuser=file-user\npassword=file-secret\n");
        Map<String, String> environment = Map.of(HostOptions.ENV_USER, "env-user",
                HostOptions.ENV_PASSWORD, "env-secret");

        HostOptions fromFileAndEnvironment = HostOptions.parse(environment, file);
        HostOptions fromCommandLine = HostOptions.parse(environment, file, "--db-url", "jdbc:postgresql://cli/db",
                "--db-password", "cli-secret");

        assertThat(fromFileAndEnvironment.database().url()).isEqualTo("jdbc:postgresql://file/db");
        assertThat(fromFileAndEnvironment.database().user()).isEqualTo("env-user");
        assertThat(fromFileAndEnvironment.database().password()).isEqualTo("env-secret");
        assertThat(fromCommandLine.database().url()).isEqualTo("jdbc:postgresql://cli/db");
        assertThat(fromCommandLine.database().user()).isEqualTo("env-user");
        assertThat(fromCommandLine.database().password()).isEqualTo("cli-secret");
        assertThat(fromCommandLine.database().toString()).contains("cli/db", "env-user").doesNotContain("secret");
    }

    @Test
    void givenADatabaseThatIsNotPostgresql_whenParsed_thenAClearMessage() {
        assertThatThrownBy(() -> HostOptions.parse(Map.of(), null, "--db-url", "jdbc:mysql://x/db"))
                .hasMessageContaining("must be a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> HostOptions.parse(Map.of(), null, "--db-user", "someone"))
                .hasMessageContaining("needs a database URL");
        assertThatThrownBy(() -> HostOptions.parse(Map.of(), null, "--db-url"))
                .hasMessageContaining("--db-url needs a value");
    }

    @Test
    void givenANodeBehindAProxy_whenParsed_thenItsNameAndTrustAreTaken() {
        HostOptions options = HostOptions.parse(Map.of(), null, "--node", "b2", "--behind-proxy");

        assertThat(options.node()).isEqualTo("b2");
        assertThat(options.behindProxy()).isTrue();
        assertThat(HostOptions.parse(Map.of(), null).node()).isEqualTo(HostOptions.DEFAULT_NODE);
        assertThat(HostOptions.parse(Map.of(), null).behindProxy()).isFalse();
        // the name ends session cookies and is matched by nginx: nothing but letters and digits
        assertThatThrownBy(() -> HostOptions.parse(Map.of(), null, "--node", "a.b"))
                .hasMessageContaining("--node must be 1 to 32 letters or digits");
    }

    @Test
    void trustedProxies_defaultToLoopback_andAreNamedWithTheProxy() {
        assertThat(HostOptions.parse(Map.of(), null, "--behind-proxy").trustedProxies().contains("127.0.0.1")).isTrue();
        HostOptions options = HostOptions.parse(Map.of(), null, "--behind-proxy", "--trusted-proxy", "10.0.0.0/8");
        assertThat(options.trustedProxies().contains("10.9.8.7")).isTrue();
        assertThat(options.trustedProxies().contains("127.0.0.1")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> HostOptions.parse(Map.of(), null, "--trusted-proxy", "10.0.0.0/8"))
                .hasMessageContaining("--behind-proxy");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> HostOptions.parse(Map.of(), null, "--behind-proxy", "--trusted-proxy", "nginx.local"))
                .hasMessageContaining("nginx.local");
    }
}
