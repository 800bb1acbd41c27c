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

    /** The clinical system's key for a row it sent through an import; null for one set up here. */
    @Column(name = "SOURCE_KEY", length = 300)
    private String sourceKey;

    /** Its FHIR id as a reference ("Practitioner/abc"), by which a later import may name it. */
    @Column(name = "SOURCE_REF", length = 300)
    private String sourceRef;

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

    String sourceKey() {
        return sourceKey;
    }

    void sourceKey(String key) {
        this.sourceKey = key;
    }

    void sourceRef(String reference) {
        this.sourceRef = reference;
    }

    /** The clinical system's latest name and role for an imported clinician. */
    void rename(String name, String role) {
        this.name = name;
        this.role = role;
    }
}
