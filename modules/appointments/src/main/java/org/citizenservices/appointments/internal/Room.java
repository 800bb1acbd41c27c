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
}
