package org.citizenservices.messaging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone at the practice a citizen may write to: a team ("Reception") or a named clinician. */
@Entity
@Table(name = "RECIPIENT")
public class Recipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PRACTICE_ODS", nullable = false, length = 10)
    private String practiceOds;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 200)
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    protected Recipient() {
        // for JPA
    }

    Recipient(String practiceOds, String name, String description) {
        this.practiceOds = practiceOds;
        this.name = name;
        this.description = description;
    }

    public long id() {
        return id;
    }

    public String practiceOds() {
        return practiceOds;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean active() {
        return active;
    }
}
