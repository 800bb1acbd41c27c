package org.citizenservices.record.internal;

import org.citizenservices.spi.Texts;

/**
 * A test result's particulars, checked: the value as the laboratory wrote it ("48", "&lt;5", "positive") with its
 * unit and reference range, the laboratory's flag, the clinician's comment for the patient ("normal, no action",
 * "please book a review") and the request it answers ("Full blood count"), by which results are grouped.
 *
 * @param flag    the laboratory's interpretation, or {@code null} when it gave none
 * @param comment written for the patient, so shown wherever the result is; not the clinician's free text
 * @param request the name of the test request, or {@code null} for a result requested alone
 */
public record TestResult(String value, String unit, String referenceRange, ResultFlag flag, String comment,
                         String request) {

    public TestResult {
        value = Texts.optional(value, 100, "The result");
        unit = Texts.optional(unit, 40, "The unit");
        referenceRange = Texts.optional(referenceRange, 60, "The reference range");
        comment = Texts.optional(comment, 1000, "The comment for the patient");
        request = Texts.optional(request, 200, "The test request");
    }

    public static TestResult of(String value, String unit, String referenceRange) {
        return new TestResult(value, unit, referenceRange, null, null, null);
    }

    public TestResult flagged(ResultFlag flag) {
        return new TestResult(value, unit, referenceRange, flag, comment, request);
    }

    public TestResult commented(String comment) {
        return new TestResult(value, unit, referenceRange, flag, comment, request);
    }

    public TestResult requestedIn(String request) {
        return new TestResult(value, unit, referenceRange, flag, comment, request);
    }

    /** Whether there is nothing to keep: a result coded with no particulars. */
    public boolean isEmpty() {
        return value == null && unit == null && referenceRange == null && flag == null && comment == null
                && request == null;
    }

    /** As {@link #measurement()}, with the flag in words when there is one: "44 mmol/mol (range 20-41) — High". */
    public String measurementAndFlag() {
        String measured = measurement();
        return measured == null || flag == null ? measured : measured + " — " + flag.label();
    }

    /** The value with its unit and range, as one line: "48 mmol/mol (range 20-41)"; {@code null} without a value. */
    public String measurement() {
        return value == null ? null : value + (unit == null ? "" : " " + unit)
                + (referenceRange == null ? "" : " (range " + referenceRange + ")");
    }
}
