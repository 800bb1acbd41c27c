package org.citizenservices.record.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The practice's review of one patient's record as a whole: the date back to which a clinician has reviewed it. */
@Entity
@Table(name = "PATIENT_RECORD")
public class PatientRecord {

    @Id
    @Column(name = "PATIENT_ID")
    private Long patientId;

    @Column(name = "PRACTICE_ODS", nullable = false, length = 10)
    private String practiceOds;

    @Column(name = "REVIEWED_BACK_TO")
    private LocalDate reviewedBackTo;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "UPDATED_BY", nullable = false, length = 120)
    private String updatedBy;

    protected PatientRecord() {
        // for JPA
    }

    PatientRecord(long patientId, String practiceOds) {
        this.patientId = patientId;
        this.practiceOds = practiceOds;
    }

    LocalDate reviewedBackTo() {
        return reviewedBackTo;
    }

    String practiceOds() {
        return practiceOds;
    }

    void reviewBackTo(LocalDate date, LocalDateTime at, String by) {
        this.reviewedBackTo = date;
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
