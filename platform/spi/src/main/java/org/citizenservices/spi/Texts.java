package org.citizenservices.spi;

/**
 * Checks on the free text people type (a request, a message, a note), with messages they can act on: trimmed,
 * within a length, and without control characters that would not store or print. Markup is kept as typed; views
 * show it as text, never as HTML.
 *
 * @since 1.6
 */
public final class Texts {

    private Texts() {
    }

    /**
     * The trimmed text, or null when blank.
     *
     * @param field how the message names the field, e.g. {@code "Your message"}
     * @throws IllegalArgumentException longer than {@code max}, or with control characters other than line breaks
     *                                  and tabs
     */
    public static String optional(String text, int max, String field) {
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

    /** As {@link #optional}, and blank is refused: "{@code field} is required." */
    public static String required(String text, int max, String field) {
        String value = optional(text, max, field);
        if (value == null) {
            throw new IllegalArgumentException(field + " is required.");
        }
        return value;
    }
}
