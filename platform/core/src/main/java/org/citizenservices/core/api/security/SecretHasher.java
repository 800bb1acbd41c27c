package org.citizenservices.core.api.security;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashes secrets people hold — portal passwords and linkage keys — with Argon2id (Bouncy Castle), and checks them.
 *
 * <p>The stored form is the PHC string {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}: the parameters travel
 * with each hash, so they can be raised later and old hashes still verify ({@link #needsRehash(String)} says when to
 * store a fresh one). Defaults follow OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane.
 */
public final class SecretHasher {

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();
    private final LongAdder verifications = new LongAdder();
    // made once per hasher, on another thread from the start: four services need one, and a start should not wait
    private final java.util.concurrent.CompletableFuture<String> decoy;

    public SecretHasher(int memoryKiB, int iterations, int parallelism) {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2 needs memory >= 8 KiB per lane and at least one iteration");
        }
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.decoy = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> hash("decoy-secret-never-issued".toCharArray()), work -> {
                    Thread thread = new Thread(work, "decoy-hash");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    /** OWASP's recommended minimum: m = 19 MiB, t = 2, p = 1. */
    public static SecretHasher recommended() {
        return new SecretHasher(19 * 1024, 2, 1);
    }

    public String hash(char[] secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(secret, salt, memoryKiB, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * A hash with this hasher's parameters of a secret nobody holds: checked against when there is no account (or no
     * hash), so that path does the same Argon2 work as a real one and neither its answer nor its time tells.
     */
    public String decoyHash() {
        return decoy.join();
    }

    /** Whether {@code secret} is the one {@code stored} was made from; false for anything malformed. */
    public boolean verify(char[] secret, String stored) {
        verifications.increment();
        Matcher phc = stored == null ? null : PHC.matcher(stored);
        if (phc == null || !phc.matches()) {
            return false;
        }
        try {
            byte[] salt = B64D.decode(phc.group(4));
            byte[] expected = B64D.decode(phc.group(5));
            byte[] actual = derive(secret, salt, Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)),
                    Integer.parseInt(phc.group(3)), expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | IllegalStateException malformed) {
            // numbers out of range, bad Base64, parameters Argon2 refuses
            return false;
        }
    }

    /**
     * How many verifications this hasher has been asked for: sign-in must do the same work whether or not the
     * username exists, and tests check that by counting rather than timing.
     */
    public long verifications() {
        return verifications.sum();
    }

    /** Whether a stored hash was made with weaker parameters than this hasher's, so it should be replaced. */
    public boolean needsRehash(String stored) {
        Matcher phc = PHC.matcher(stored);
        return !phc.matches() || Integer.parseInt(phc.group(1)) < memoryKiB
                || Integer.parseInt(phc.group(2)) < iterations;
    }

    private static byte[] derive(char[] secret, byte[] salt, int memoryKiB, int iterations, int parallelism,
                                 int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] password = utf8(secret);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(password, out);
            return out;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    private static byte[] utf8(char[] secret) {
        var buffer = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(secret));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
