package org.citizenservices.host.nhslogin;

import org.citizenservices.host.HostOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NHS login's settings: off by default, the command line over the file, and a clear message for each mistake. */
class NhsLoginSettingsTest {

    @Test
    void givenNothing_thenNhsLoginIsOff() {
        NhsLoginSettings settings = HostOptions.parse().nhsLogin();
        assertThat(settings.on()).isFalse();
        assertThat(settings.portalSignIn()).isFalse();
    }

    @Test
    void givenTheCommandLineAndAFile_thenTheCommandLineWins_andTheKeyTurnsOnThePortalSignIn(@TempDir Path dir)
            throws Exception {
        Path key = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----");
        Path file = Files.writeString(dir.resolve("nhs-login.properties"), "issuer=https://auth.sandpit.signin.nhs.uk/\n"
                + "client-id=from-file\nkey=" + key + "\n");

        NhsLoginSettings fromFile = NhsLoginSettings.of(null, null, null, file);
        assertThat(fromFile.issuer()).as("as given").isEqualTo(URI.create("https://auth.sandpit.signin.nhs.uk/"));
        assertThat(fromFile.clientId()).isEqualTo("from-file");
        assertThat(fromFile.portalSignIn()).isTrue();
        NhsLoginSettings given = NhsLoginSettings.of("https://auth.login.nhs.uk", "given", null, file);
        assertThat(given.issuer().getHost()).isEqualTo("auth.login.nhs.uk");
        assertThat(given.clientId()).isEqualTo("given");

        HostOptions options = HostOptions.parse("--nhs-login-issuer", "https://auth.login.nhs.uk",
                "--nhs-login-client-id", "citizen-services");
        assertThat(options.nhsLogin().on()).isTrue();
        assertThat(options.nhsLogin().portalSignIn()).as("no key: tokens only").isFalse();
    }

    @Test
    void givenMistakes_thenEachIsNamed() {
        assertThatThrownBy(() -> HostOptions.parse("--nhs-login-client-id", "x"))
                .hasMessageContaining("go with --nhs-login-issuer");
        assertThatThrownBy(() -> HostOptions.parse("--nhs-login-issuer", "https://auth.login.nhs.uk"))
                .hasMessageContaining("needs --nhs-login-client-id");
        assertThatThrownBy(() -> HostOptions.parse("--nhs-login-issuer", "http://auth.login.nhs.uk",
                "--nhs-login-client-id", "x")).hasMessageContaining("must be an https address");
        assertThatThrownBy(() -> HostOptions.parse("--nhs-login-issuer", "https://auth.login.nhs.uk",
                "--nhs-login-client-id", "x", "--nhs-login-key", "/nowhere/key.pem"))
                .hasMessageContaining("cannot be read");
    }
}
