package org.citizenservices.record.internal;

import org.citizenservices.spi.Texts;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An element a practice user records (or the demo data seeds): checked here, so the service stores only what is
 * well-formed. Fields that do not belong to the type (a dose on an allergy) are refused rather than kept unseen.
 */
public record NewEntry(EntryType type, String snomedId, String term, String freeText, LocalDateTime effectiveAt,
                       Source source, Long problemId, String dosage, String quantity, TestResult result,
                       boolean restricted, Long consultationId) {

    /** SNOMED CT identifiers are 6 to 18 digits. */
    private static final Pattern SNOMED = Pattern.compile("[0-9]{6,18}");

    public NewEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        if (effectiveAt == null) {
            throw new IllegalArgumentException("The date is required.");
        }
        snomedId = Texts.optional(snomedId, 18, "The SNOMED CT concept id");
        if (snomedId != null && !SNOMED.matcher(snomedId).matches()) {
            throw new IllegalArgumentException("A SNOMED CT concept id is 6 to 18 digits.");
        }
        term = Texts.required(term, 300, "The term");
        freeText = Texts.optional(freeText, 8000, "The free text");
        dosage = Texts.optional(dosage, 200, "The dosage");
        quantity = Texts.optional(quantity, 100, "The quantity");
        result = result == null || result.isEmpty() ? null : result;
        boolean medicine = type.section() == RecordSection.MEDICATIONS;
        boolean isResult = type.section() == RecordSection.TEST_RESULTS;
        if (!medicine && (dosage != null || quantity != null)) {
            throw new IllegalArgumentException("Only a medicine has a dosage and quantity.");
        }
        if (!isResult && result != null) {
            throw new IllegalArgumentException("Only a test result has a value, unit, range, flag or comment.");
        }
        if (medicine && dosage == null) {
            throw new IllegalArgumentException("A medicine needs its dosage.");
        }
        if (consultationId != null && (type == EntryType.CONSULTATION || type.isDocument())) {
            throw new IllegalArgumentException("Only a coded entry is recorded in a consultation.");
        }
    }

    /** A coded element: type, concept, term, date and source; nothing else. */
    public static NewEntry coded(EntryType type, String snomedId, String term, LocalDateTime at, Source source) {
        return new NewEntry(type, snomedId, term, null, at, source, null, null, null, null, false, null);
    }

    /** A medicine: its dm+d-style name as the term, with dosage and quantity. */
    public static NewEntry medicine(EntryType type, String snomedId, String name, LocalDateTime at, Source source,
                                    String dosage, String quantity) {
        return new NewEntry(type, snomedId, name, null, at, source, null, dosage, quantity, null, false, null);
    }

    public NewEntry withFreeText(String text) {
        return new NewEntry(type, snomedId, term, text, effectiveAt, source, problemId, dosage, quantity, result,
                restricted, consultationId);
    }

    public NewEntry linkedTo(Long problem) {
        return new NewEntry(type, snomedId, term, freeText, effectiveAt, source, problem, dosage, quantity,
                result, restricted, consultationId);
    }

    /** Recorded in that consultation: shown among its coded entries. */
    public NewEntry recordedIn(Long consultation) {
        return new NewEntry(type, snomedId, term, freeText, effectiveAt, source, problemId, dosage, quantity,
                result, restricted, consultation);
    }

    public NewEntry markedRestricted() {
        return new NewEntry(type, snomedId, term, freeText, effectiveAt, source, problemId, dosage, quantity,
                result, true, consultationId);
    }

    public NewEntry result(String value, String unit, String range) {
        return withResult(TestResult.of(value, unit, range));
    }

    public NewEntry withResult(TestResult result) {
        return new NewEntry(type, snomedId, term, freeText, effectiveAt, source, problemId, dosage, quantity, result,
                restricted, consultationId);
    }
}
