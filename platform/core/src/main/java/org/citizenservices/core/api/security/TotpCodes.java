package org.citizenservices.core.api.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app makes them: SHA-1, six digits, a new code
 * every 30 seconds. A code is accepted for the step before and after now too (a phone's clock drifts, a person
 * types slowly), and never twice: the caller keeps the last step used and passes it in.
 */
public final class TotpCodes {

    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;
    public static final int RECOVERY_CODES = 10;
    private static final int SECRET_CHARACTERS = 32;

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    /** A new shared secret, Base32, 160 bits. */
    public static String newSecret() {
        return new DefaultSecretGenerator(SECRET_CHARACTERS).generate();
    }

    /** One-time recovery codes, e.g. {@code "tf8i-exmo-3lcb-slkm"}, for when the phone is lost. */
    public static List<String> newRecoveryCodes() {
        return List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
    }

    /**
     * The time step {@code code} belongs to when it is right for {@code secret} at {@code now} (give or take one
     * step) and later than {@code lastUsedStep}; empty otherwise, also for anything that is not six digits.
     */
    public OptionalLong accept(String secret, String code, long lastUsedStep, Instant now) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (secret == null || !typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && java.security.MessageDigest.isEqual(
                    codeAt(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    typed.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code an authenticator app shows at {@code at}: for tests, as a phone would. */
    public String codeAt(String secret, Instant at) {
        return codeAt(secret, step(at));
    }

    private String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalArgumentException("Not a TOTP secret", e);
        }
    }

    private static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The {@code otpauth://} URI an authenticator app reads from the enrolment QR code. */
    public static String enrolmentUri(String issuer, String account, String secret) {
        return new dev.samstevens.totp.qr.QrData.Builder().label(account).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build().getUri();
    }
}
