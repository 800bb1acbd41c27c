package org.citizenservices.record.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.spi.PatientKeyedRow;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The practice's review of one patient's record as a whole: the date back to which a clinician has reviewed it. */
@Entity
@Table(name = "PATIENT_RECORD")
public class PatientRecord extends PatientKeyedRow {

    @Column(name = "REVIEWED_BACK_TO")
    private LocalDate reviewedBackTo;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "UPDATED_BY", nullable = false, length = 120)
    private String updatedBy;

    @Column(name = "NEW_ENTRIES_WITHHELD", length = 500)
    private String newEntriesWithheld;

    protected PatientRecord() {
        // for JPA
    }

    PatientRecord(long patientId, String practiceOds) {
        super(patientId, practiceOds);
    }

    LocalDate reviewedBackTo() {
        return reviewedBackTo;
    }

    /** Why a clinician decided the patient should not have new-entry access, or {@code null}: they have it. */
    String newEntriesWithheld() {
        return newEntriesWithheld;
    }

    void withholdNewEntries(String reason, LocalDateTime at, String by) {
        this.newEntriesWithheld = reason;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void reviewBackTo(LocalDate date, LocalDateTime at, String by) {
        this.reviewedBackTo = date;
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
