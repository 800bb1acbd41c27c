package org.citizenservices.host;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

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
}
