package org.citizenservices.record.internal;

import java.time.LocalDateTime;

/**
 * An element as a citizen may see it: the term's description (never only its code), free text and annotations only
 * where the level allows ({@code null} otherwise), the linked problem only when that problem is itself shown.
 *
 * @param details      a medicine's dosage and quantity, or a result's value, unit and range; {@code null} otherwise
 * @param result       a test result's particulars (flag, comment for the patient, request); {@code null} otherwise
 * @param codedEntries for a consultation, the terms of the entries recorded in it that this reader may see
 * @param document     for a document, its media type (its content is fetched separately); {@code null} otherwise
 * @param snomedId     the term's SNOMED CT concept id, when the entry was coded; {@code null} otherwise
 */
public record RecordItem(long itemId, RecordSection section, EntryType type, String term, String freeText,
                         LocalDateTime effectiveAt, String problem, Source source, String details, String document,
                         String annotation, java.util.List<String> codedEntries,
                         String snomedId, TestResult result) {
}
