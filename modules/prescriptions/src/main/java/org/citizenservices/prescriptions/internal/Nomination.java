package org.citizenservices.prescriptions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.spi.PatientKeyedRow;

import java.time.LocalDateTime;

/** A patient's EPS nominated pharmacy: where their electronic prescriptions go. */
@Entity
@Table(name = "NOMINATION")
public class Nomination extends PatientKeyedRow {

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
        super(patientId, practiceOds);
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
