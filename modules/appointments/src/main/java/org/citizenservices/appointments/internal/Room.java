package org.citizenservices.appointments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consulting or treatment room where in-person sessions take place. */
@Entity
@Table(name = "ROOM")
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PRACTICE_ODS", nullable = false, length = 10)
    private String practiceOds;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active;

    protected Room() {
        // for JPA
    }

    Room(String practiceOds, String name) {
        this.practiceOds = practiceOds;
        this.name = name;
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
}
