package org.citizenservices.prescriptions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A patient's EPS nominated pharmacy: where their electronic prescriptions go. */
@Entity
@Table(name = "NOMINATION")
public class Nomination {

    @Id
    @Column(name = "PATIENT_ID")
    private Long patientId;

    @Column(name = "PRACTICE_ODS", nullable = false, length = 10)
    private String practiceOds;

    @Column(name = "PHARMACY_ODS", nullable = false, length = 10)
    private String pharmacyOds;

    @Column(name = "NOMINATED_AT", nullable = false)
    private LocalDateTime nominatedAt;

    @Column(name = "NOMINATED_BY", nullable = false, length = 160)
    private String nominatedBy;

    protected Nomination() {
        // for JPA
    }

    Nomination(long patientId, String practiceOds) {
        this.patientId = patientId;
        this.practiceOds = practiceOds;
    }

    String pharmacyOds() {
        return pharmacyOds;
    }

    void nominate(String pharmacy, LocalDateTime at, String by) {
        this.pharmacyOds = pharmacy;
        this.nominatedAt = at;
        this.nominatedBy = by;
    }
}
