package org.citizenservices.record.internal;

/** What kind of element an entry is; each belongs to one section. */
public enum EntryType {
    ALLERGY(RecordSection.ALLERGIES, "Allergy"),
    ADVERSE_REACTION(RecordSection.ALLERGIES, "Adverse reaction"),
    REPEAT_MEDICATION(RecordSection.MEDICATIONS, "Repeat medicine"),
    ACUTE_MEDICATION(RecordSection.MEDICATIONS, "Acute medicine"),
    ACTIVE_PROBLEM(RecordSection.PROBLEMS, "Active problem"),
    PAST_PROBLEM(RecordSection.PROBLEMS, "Past problem"),
    CONSULTATION(RecordSection.CONSULTATIONS, "Consultation"),
    IMMUNISATION(RecordSection.IMMUNISATIONS, "Immunisation"),
    CLINICAL_DOCUMENT(RecordSection.DOCUMENTS, "Clinical document"),
    ADMINISTRATIVE_DOCUMENT(RecordSection.DOCUMENTS, "Administrative document"),
    PATHOLOGY_RESULT(RecordSection.TEST_RESULTS, "Pathology result"),
    RADIOLOGY_RESULT(RecordSection.TEST_RESULTS, "Radiology result"),
    ADMINISTRATIVE_NOTE(RecordSection.ADMINISTRATIVE, "Administrative");

    private final RecordSection section;
    private final String label;

    EntryType(RecordSection section, String label) {
        this.section = section;
        this.label = label;
    }

    public RecordSection section() {
        return section;
    }

    public String label() {
        return label;
    }

    public boolean isDocument() {
        return section == RecordSection.DOCUMENTS;
    }
}
