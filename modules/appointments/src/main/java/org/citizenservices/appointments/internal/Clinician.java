package org.citizenservices.appointments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.spi.PracticeRow;

/** A GP, nurse or other clinician who runs sessions in the practice's appointment book. */
@Entity
@Table(name = "CLINICIAN")
public class Clinician extends PracticeRow {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 50)
    private String role;

    @Column(nullable = false)
    private boolean active;

    protected Clinician() {
        // for JPA
    }

    Clinician(String practiceOds, String name, String role) {
        super(practiceOds);
        this.name = name;
        this.role = role;
        this.active = true;
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public boolean active() {
        return active;
    }
}
