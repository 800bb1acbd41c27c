package org.citizenservices.appointments.internal;

import java.util.regex.Pattern;

/** Checks on the free text people type, with messages they can act on. */
final class Texts {

    private static final Pattern TELEPHONE = Pattern.compile("\\+?[0-9 ()-]{7,20}");

    private Texts() {
    }

    /** Trimmed text, or null when blank; longer than {@code max} → a message naming the field. */
    static String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters.");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new IllegalArgumentException(field + " contains characters that cannot be stored.");
        }
        return trimmed;
    }

    static String required(String text, int max, String field) {
        String value = optional(text, max, field);
        if (value == null) {
            throw new IllegalArgumentException(field + " is required.");
        }
        return value;
    }

    /** A UK-style telephone number for a call-back, or null. */
    static String telephone(String number) {
        String value = optional(number, 20, "The telephone number");
        if (value != null && !TELEPHONE.matcher(value).matches()) {
            throw new IllegalArgumentException("Enter a telephone number, like 01632 960 001.");
        }
        return value;
    }
}
