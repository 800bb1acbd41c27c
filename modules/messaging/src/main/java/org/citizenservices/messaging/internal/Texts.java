package org.citizenservices.messaging.internal;

/** Checks on the text people type into messages: kept as plain text, never markup, with messages they can act on. */
final class Texts {

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
}
