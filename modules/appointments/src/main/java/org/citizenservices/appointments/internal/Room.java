package org.citizenservices.appointments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.spi.PracticeRow;

/** A consulting or treatment room where in-person sessions take place. */
@Entity
@Table(name = "ROOM")
public class Room extends PracticeRow {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active;

    /** The clinical system's key for a row it sent through an import; null for one set up here. */
    @Column(name = "SOURCE_KEY", length = 300)
    private String sourceKey;

    /** Its FHIR id as a reference ("Practitioner/abc"), by which a later import may name it. */
    @Column(name = "SOURCE_REF", length = 300)
    private String sourceRef;

    protected Room() {
        // for JPA
    }

    Room(String practiceOds, String name) {
        super(practiceOds);
        this.name = name;
        this.active = true;
    }

    public String name() {
        return name;
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

    void rename(String name) {
        this.name = name;
    }
}
