package org.citizenservices.it.support;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.citizenservices.host.nhslogin.NhsLoginSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * NHS login for a test class: a real OpenID Connect provider (mock-oauth2-server) issuing NHS-login-shaped tokens —
 * {@code nhs_number}, {@code birthdate}, {@code identity_proofing_level} — to our client, whose private key is a
 * PKCS#8 PEM file as an operator would make it.
 */
public final class MockNhsLogin {

    public static final String CLIENT_ID = "citizen-services-it";
    public static final String ISSUER_ID = "nhslogin";

    private final MockOAuth2Server server = new MockOAuth2Server();

    public MockNhsLogin() {
        server.start();
    }

    public MockOAuth2Server server() {
        return server;
    }

    /** The host's settings for this provider, with a fresh client key. */
    public NhsLoginSettings settings() {
        return new NhsLoginSettings(URI.create(server.issuerUrl(ISSUER_ID).toString()), CLIENT_ID, privateKey());
    }

    /** An access token of a person, issued to the NHS App, valid for {@code expirySeconds} (negative: expired). */
    public String token(String subject, String nhsNumber, String born, String level, long expirySeconds) {
        return server.issueToken(ISSUER_ID, "nhs-app", new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT",
                List.of(CLIENT_ID), Map.of("nhs_number", nhsNumber, "birthdate", born,
                "identity_proofing_level", level, "client_id", "nhs-app"), expirySeconds)).serialize();
    }

    /** What the provider answers the next browser sign-in with. */
    public DefaultOAuth2TokenCallback person(String subject, String nhsNumber, String born, String level) {
        return new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), Map.of(
                "nhs_number", nhsNumber, "birthdate", born, "identity_proofing_level", level), 3600);
    }

    public void shutdown() {
        server.shutdown();
    }

    private static Path privateKey() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Path file = Files.createTempFile("nhs-login-key", ".pem");
            Files.writeString(file, pem);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
