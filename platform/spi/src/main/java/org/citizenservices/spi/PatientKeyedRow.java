package org.citizenservices.spi;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The one row a capability keeps per patient (a nomination, a review mark, a booking counter): keyed by
 * {@code PATIENT_ID}, with the {@code PRACTICE_ODS} (at most 10 characters, not null) the patient belongs to. Being
 * keyed by the patient is the point: a second row for the same patient cannot exist, and updating this one row is how
 * a module makes one patient's changes take turns.
 *
 * @since 1.10
 */
@MappedSuperclass
public abstract class PatientKeyedRow {

    @Id
    @Column(name = "PATIENT_ID")
    private Long patientId;

    @Column(name = "PRACTICE_ODS", nullable = false, length = 10)
    private String practiceOds;

    /** For JPA, which fills the fields itself. */
    protected PatientKeyedRow() {
    }

    /** The row of the given patient at the given practice. */
    protected PatientKeyedRow(long patientId, String practiceOds) {
        this.patientId = patientId;
        this.practiceOds = practiceOds;
    }

    /** The patient the row belongs to. */
    public long patientId() {
        return patientId;
    }

    /** The ODS code of the patient's practice. */
    public String practiceOds() {
        return practiceOds;
    }
}
