package org.citizenservices.spi;

/**
 * How much of their GP record a patient may view online, as the practice set it for them. The levels are cumulative:
 * each shows all that the one before it shows, and more.
 *
 * @since 1.4
 */
public enum RecordAccessLevel {
    /** Medications, allergies and adverse reactions only (the Summary Information dataset). */
    SUMMARY,
    /** All coded data, without free text. */
    DETAILED_CODED,
    /** Adds clinical and administrative documents, once the practice has reviewed them. */
    DOCUMENTS,
    /** All clinical data with free text, demographics and administrative data, annotations and results. */
    FULL;

    /** Whether this level shows everything {@code other} shows. */
    public boolean includes(RecordAccessLevel other) {
        return compareTo(other) >= 0;
    }
}
