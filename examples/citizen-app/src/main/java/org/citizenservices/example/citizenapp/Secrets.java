package org.citizenservices.example.citizenapp;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The app's secrets at rest: passwords and security answers as Argon2id hashes (OWASP's parameters), device tokens
 * as SHA-256s (long random values), and each account's access identity — which the app must present again, so it
 * cannot be hashed — encrypted with AES-GCM under a key kept in the app's data folder, readable by its user only.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MEMORY_KB = 19_456;
    private static final int ITERATIONS = 2;

    private final SecretKeySpec key;

    Secrets(Path data) throws IOException {
        Path file = data.resolve("identity.key");
        if (!Files.exists(file)) {
            byte[] fresh = random(32);
            Files.write(file, fresh);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the folder's own protection must do
            }
        }
        this.key = new SecretKeySpec(Files.readAllBytes(file), "AES");
    }

    /** A password or a security answer, hashed with a fresh salt. */
    static String hash(String secret) {
        byte[] salt = random(16);
        return "argon2id$" + b64(salt) + "$" + b64(argon2(secret, salt));
    }

    static boolean matches(String secret, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 3 || secret == null || secret.length() > 200) {
            return false;
        }
        return MessageDigest.isEqual(argon2(secret, Base64.getDecoder().decode(parts[1])),
                Base64.getDecoder().decode(parts[2]));
    }

    /** A long random token (a registered device's), and what is kept of it. */
    static String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
    }

    static String sha256(String token) {
        try {
            return b64(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] encrypt(String plain) {
        try {
            byte[] iv = random(12);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    String decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, 12));
            return new String(cipher.doFinal(stored, 12, stored.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored access identity cannot be read with this key", e);
        }
    }

    private static byte[] argon2(String secret, byte[] salt) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withSalt(salt)
                .withMemoryAsKB(MEMORY_KB).withIterations(ITERATIONS).withParallelism(1).build());
        byte[] out = new byte[32];
        generator.generateBytes(secret.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
