package org.citizenservices.core.api.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The shipped list of passwords seen most often in breaches ({@code common-passwords.txt.gz}, 113,361 of 10 or
 * more characters; see its README). Held as a sorted array of 64-bit digests, under a megabyte, read once on first
 * use; a chance collision would refuse one more password, never accept one.
 */
final class CommonPasswords {

    private static final String LIST = "/org/citizenservices/core/api/security/common-passwords.txt.gz";

    private CommonPasswords() {
    }

    private static final class Loaded {
        static final long[] DIGESTS = load();
    }

    static boolean contains(String password) {
        return Arrays.binarySearch(Loaded.DIGESTS, digest(sha256(), password.toLowerCase(Locale.ROOT))) >= 0;
    }

    private static long[] load() {
        try (InputStream raw = CommonPasswords.class.getResourceAsStream(LIST)) {
            if (raw == null) {
                throw new IllegalStateException(LIST + " is missing from the core's jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8));
            // one digest for the whole list: looking the algorithm up again for each line made reading it 60 % slower
            // (220 ms against 140 ms, on the first password check after a start)
            MessageDigest sha = sha256();
            long[] digests = lines.lines().mapToLong(line -> digest(sha, line)).toArray();
            Arrays.sort(digests);
            return digests;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LIST, e);
        }
    }

    private static long digest(MessageDigest sha, String password) {
        byte[] hash = sha.digest(password.getBytes(StandardCharsets.UTF_8));
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (hash[i] & 0xff);
        }
        return value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
