package org.citizenservices.record.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the laboratory says of a result against its reference range — FHIR's observation interpretation (HL7 v3
 * ObservationInterpretation) in the words a patient reads. Always shown as words, never only as a colour.
 */
public enum ResultFlag {
    NORMAL("Normal", "N"),
    HIGH("High", "H", "HU"),
    LOW("Low", "L", "LU"),
    ABNORMAL("Abnormal", "A"),
    CRITICALLY_HIGH("Very high", "HH"),
    CRITICALLY_LOW("Very low", "LL"),
    CRITICALLY_ABNORMAL("Very abnormal", "AA");

    /** The code system a FHIR Observation's interpretation uses. */
    public static final String INTERPRETATION_SYSTEM =
            "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    private final String label;
    private final java.util.List<String> codes;

    ResultFlag(String label, String... codes) {
        this.label = label;
        this.codes = java.util.List.of(codes);
    }

    /** The patient's words: "High", "Very low". */
    public String label() {
        return label;
    }

    /** The interpretation code FHIR gives it ({@code H} for high). */
    public String code() {
        return codes.get(0);
    }

    /** Whether the result is outside what the laboratory expects: anything but normal. */
    public boolean flagged() {
        return this != NORMAL;
    }

    /** The flag for an interpretation code; empty for a code this product does not show (e.g. "POS", "R"). */
    public static Optional<ResultFlag> ofCode(String code) {
        return Arrays.stream(values()).filter(flag -> flag.codes.contains(code)).findFirst();
    }
}
