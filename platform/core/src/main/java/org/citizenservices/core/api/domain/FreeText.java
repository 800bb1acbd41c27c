package org.citizenservices.core.api.domain;

/**
 * What staff type as a reason for a change or as a search. The portal's length limits are only hints to the
 * browser, so the services check here: a reason longer than the column it is kept in is refused rather than cut
 * short where nobody would notice, and a search longer than any name is refused before it reaches the database.
 */
public final class FreeText {

    /** The end reason of an association and the revoked reason of a linkage are VARCHAR(300). */
    public static final int REASON = 300;

    /** Longer than any account ID, NHS number, date or name a practice would search for. */
    public static final int SEARCH = 100;

    private FreeText() {
    }

    /** The trimmed reason, or null when blank; refused when longer than {@code max}. */
    public static String optionalReason(String reason, int max) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String trimmed = reason.trim();
        if (trimmed.length() > max) {
            throw new InvalidValueException("A reason is at most " + max + " characters.");
        }
        return trimmed;
    }

    /** As {@link #optionalReason}, and a blank reason is refused with {@code whenMissing}. */
    public static String reason(String reason, int max, String whenMissing) {
        String trimmed = optionalReason(reason, max);
        if (trimmed == null) {
            throw new InvalidValueException(whenMissing);
        }
        return trimmed;
    }

    /** The trimmed search: at least two characters ({@code whenTooShort} otherwise) and at most {@link #SEARCH}. */
    public static String search(String query, String whenTooShort) {
        String text = query == null ? "" : query.trim();
        if (text.length() < 2) {
            throw new InvalidValueException(whenTooShort);
        }
        if (text.length() > SEARCH) {
            throw new InvalidValueException("A search is at most " + SEARCH + " characters.");
        }
        return text;
    }
}
