package org.citizenservices.messaging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.spi.PracticeRow;

/** Someone at the practice a citizen may write to: a team ("Reception") or a named clinician. */
@Entity
@Table(name = "RECIPIENT")
public class Recipient extends PracticeRow {

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
        super(practiceOds);
        this.name = name;
        this.description = description;
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
