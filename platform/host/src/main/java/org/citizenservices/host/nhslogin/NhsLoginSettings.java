package org.citizenservices.host.nhslogin;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How this installation uses NHS login: the issuer (its {@code /.well-known/openid-configuration} gives every
 * endpoint and key), the client id NHS login gave us, and our private key (PEM) for {@code private_key_jwt}. Without
 * an issuer NHS login is off; with an issuer but no key, tokens that apps present to the FHIR API are still checked,
 * but the portal offers no NHS login button (it could not redeem a code without the key). From the command line
 * ({@code --nhs-login-issuer}, {@code --nhs-login-client-id}, {@code --nhs-login-key}) over
 * {@code conf/nhs-login.properties} ({@code issuer}, {@code client-id}, {@code key}).
 */
public record NhsLoginSettings(URI issuer, String clientId, Path privateKey) {

    /** The system property naming the installation's NHS login file (set by {@code bin/citizen-services}). */
    public static final String FILE_PROPERTY = "citizenservices.nhslogin";

    public static final NhsLoginSettings OFF = new NhsLoginSettings(null, null, null);

    public NhsLoginSettings {
        if (issuer == null && (clientId != null || privateKey != null)) {
            throw new IllegalArgumentException("--nhs-login-client-id and --nhs-login-key go with "
                    + "--nhs-login-issuer");
        }
        if (issuer != null) {
            boolean local = "localhost".equals(issuer.getHost()) || "127.0.0.1".equals(issuer.getHost());
            // only a test provider on this machine may speak plain HTTP: tokens are bearer secrets
            if (!"https".equals(issuer.getScheme()) && !("http".equals(issuer.getScheme()) && local)) {
                throw new IllegalArgumentException("--nhs-login-issuer must be an https address, like "
                        + "https://auth.login.nhs.uk, not '" + issuer + "'");
            }
            if (clientId == null || !clientId.matches("[A-Za-z0-9._:-]{1,200}")) {
                throw new IllegalArgumentException("--nhs-login-issuer needs --nhs-login-client-id: the client id "
                        + "NHS login gave this installation");
            }
            if (privateKey != null && !Files.isReadable(privateKey)) {
                throw new IllegalArgumentException("--nhs-login-key " + privateKey + " cannot be read");
            }
        }
    }

    /** Whether NHS login tokens are accepted at all. */
    public boolean on() {
        return issuer != null;
    }

    /** Whether the portal offers "Continue with NHS login": it needs our key to redeem the code. */
    public boolean portalSignIn() {
        return privateKey != null;
    }

    /** The command line's values over the file's; the file is read only when it exists. */
    public static NhsLoginSettings of(String issuer, String clientId, String key, Path file) {
        Properties saved = read(file);
        String givenIssuer = first(issuer, saved.getProperty("issuer"));
        String givenKey = first(key, saved.getProperty("key"));
        return new NhsLoginSettings(givenIssuer == null ? null : uri(givenIssuer),
                first(clientId, saved.getProperty("client-id")), givenKey == null ? null : Path.of(givenKey));
    }

    private static URI uri(String value) {
        try {
            // as given: the discovery document must name exactly this issuer, trailing slash and all
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new IllegalArgumentException("--nhs-login-issuer must be an address, not '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--nhs-login-issuer is not an address: " + e.getMessage());
        }
    }

    private static String first(String given, String saved) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        return saved == null || saved.isBlank() ? null : saved.strip();
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the NHS login settings " + file, e);
            }
        }
        return properties;
    }
}
