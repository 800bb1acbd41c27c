package org.citizenservices.spi;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A row about one patient at one practice (a request, an entry, a conversation, an appointment): a
 * {@link PracticeRow} that also has the {@code PATIENT_ID} column (not null), the
 * {@link PracticePatient#patientId() patient id} the host resolved.
 *
 * @since 1.10
 */
@MappedSuperclass
public abstract class PatientRow extends PracticeRow {

    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;

    /** For JPA, which fills the fields itself. */
    protected PatientRow() {
    }

    /** A new row of the given patient at the given practice. */
    protected PatientRow(String practiceOds, long patientId) {
        super(practiceOds);
        this.patientId = patientId;
    }

    /** The patient the row is about. */
    public long patientId() {
        return patientId;
    }
}
