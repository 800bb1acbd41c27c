package org.citizenservices.core.api.security;

import org.citizenservices.core.api.domain.InvalidValueException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules, after NCSC guidance: length over composition. At least 10 characters (a passphrase of three
 * words is encouraged), at most 128, not the username, not one character repeated, and not one of the passwords
 * seen most often in breaches (a shipped list of over 100,000, {@link CommonPasswords}). Staff need 12.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** Practice staff and supplier administrators reach every patient of a practice: a longer minimum. */
    public static final int STAFF_MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final String HINT = "At least " + MIN_LENGTH
            + " characters. Three random words are easy to remember and hard to guess.";
    public static final String STAFF_HINT = "At least " + STAFF_MIN_LENGTH
            + " characters. Three random words are easy to remember and hard to guess.";

    private static final Set<String> COMMON = Set.of("password", "password1", "password12", "password123",
            "password1234", "1234567890", "12345678910", "qwertyuiop", "qwerty1234", "qwerty123456", "iloveyou123",
            "letmein123", "welcome123", "football123", "monkey1234", "abc1234567", "passw0rd123", "1q2w3e4r5t",
            "0987654321", "1111111111", "changeme123", "administrator", "trustno1234", "sunshine123", "princess123");

    private PasswordPolicy() {
    }

    /** Every rule the password breaks, in words; empty when it is acceptable. */
    public static List<String> problems(String password, String username) {
        return problems(password, username, MIN_LENGTH);
    }

    /** The same for a staff password: at least {@link #STAFF_MIN_LENGTH} characters. */
    public static List<String> staffProblems(String password, String username) {
        return problems(password, username, STAFF_MIN_LENGTH);
    }

    private static List<String> problems(String password, String username, int minLength) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            problems.add("Use at least " + minLength + " characters.");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            problems.add("Do not include your username.");
        }
        if (password.chars().distinct().count() == 1) {
            problems.add("Do not repeat one character.");
        }
        if (COMMON.contains(lower) || CommonPasswords.contains(lower)) {
            problems.add("This password is too common; choose another.");
        }
        return problems;
    }

    /** Throws with every broken rule unless the password is acceptable. */
    public static void check(String password, String username) {
        List<String> problems = problems(password, username);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(String.join(" ", problems));
        }
    }

    /** Throws with every broken rule unless the password is acceptable for a member of staff. */
    public static void checkStaff(String password, String username) {
        List<String> problems = staffProblems(password, username);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(String.join(" ", problems));
        }
    }
}
