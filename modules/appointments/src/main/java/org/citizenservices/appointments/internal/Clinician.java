package org.citizenservices.appointments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A GP, nurse or other clinician who runs sessions in the practice's appointment book. */
@Entity
@Table(name = "CLINICIAN")
public class Clinician {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PRACTICE_ODS", nullable = false, length = 10)
    private String practiceOds;

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
        this.practiceOds = practiceOds;
        this.name = name;
        this.role = role;
        this.active = true;
    }

    public Long id() {
        return id;
    }

    public String practiceOds() {
        return practiceOds;
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
