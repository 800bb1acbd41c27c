package org.citizenservices.spi;

/**
 * How much of their GP record a patient may view online, as the practice set it for them. The levels are cumulative:
 * each shows all that the one before it shows, and more.
 *
 * @since 1.4
 */
public enum RecordAccessLevel {
    /** Medications, allergies and adverse reactions only (the Summary Information dataset). */
    SUMMARY("Summary information (medications, allergies, adverse reactions)"),
    /** All coded data, without free text. */
    DETAILED_CODED("Detailed coded record (no free text)"),
    /** Adds clinical and administrative documents, once the practice has reviewed them. */
    DOCUMENTS("Documents reviewed by the practice"),
    /** All clinical data with free text, demographics and administrative data, annotations and results. */
    FULL("Full record, including free text");

    private final String description;

    RecordAccessLevel(String description) {
        this.description = description;
    }

    /**
     * The level in the practice's words, e.g. "Detailed coded record (no free text)".
     *
     * @since 1.8
     */
    public String description() {
        return description;
    }

    /** Whether this level shows everything {@code other} shows. */
    public boolean includes(RecordAccessLevel other) {
        return compareTo(other) >= 0;
    }

    /**
     * This level and every level below it: what a patient at this level sees.
     *
     * @since 1.8
     */
    public java.util.Set<RecordAccessLevel> granted() {
        return java.util.EnumSet.range(SUMMARY, this);
    }
}
