package org.citizenservices.core.api.vua;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Opaque, unguessable tokens: the access identity an app receives at linkage, and the patient API's session tokens.
 * 256 random bits, URL-safe; kept only as their SHA-256 (a slow hash adds nothing to a random 256-bit secret).
 */
public final class AccessIdentity {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessIdentity() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code given} is the secret whose hash is {@code storedHash}, in time not telling where they differ. */
    public static boolean matches(String given, String storedHash) {
        return given != null && given.length() <= 200 && storedHash != null && MessageDigest.isEqual(
                storedHash.getBytes(StandardCharsets.US_ASCII), hash(given).getBytes(StandardCharsets.US_ASCII));
    }
}
