package org.citizenservices.record.internal;

import org.citizenservices.spi.RecordAccessLevel;

/** The parts of the record a citizen reads, each from the lowest View Record level that shows it. */
public enum RecordSection {
    ALLERGIES("Allergies and adverse reactions", RecordAccessLevel.SUMMARY),
    MEDICATIONS("Medicines", RecordAccessLevel.SUMMARY),
    PROBLEMS("Problems", RecordAccessLevel.DETAILED_CODED),
    CONSULTATIONS("Consultations", RecordAccessLevel.DETAILED_CODED),
    IMMUNISATIONS("Immunisations", RecordAccessLevel.DETAILED_CODED),
    DOCUMENTS("Documents", RecordAccessLevel.DOCUMENTS),
    TEST_RESULTS("Test results", RecordAccessLevel.FULL),
    ADMINISTRATIVE("Administrative information", RecordAccessLevel.FULL);

    private final String label;
    private final RecordAccessLevel shownFrom;

    RecordSection(String label, RecordAccessLevel shownFrom) {
        this.label = label;
        this.shownFrom = shownFrom;
    }

    public String label() {
        return label;
    }

    /** The lowest level at which a citizen sees this section. */
    public RecordAccessLevel shownFrom() {
        return shownFrom;
    }
}
