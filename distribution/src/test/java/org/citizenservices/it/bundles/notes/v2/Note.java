package org.citizenservices.it.bundles.notes.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Version 1.1 of the notes test module's one table: {@code V1__note.sql}, then {@code V2__note_priority.sql}. */
@Entity
@Table(name = "NOTE")
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TEXT_VALUE", nullable = false, length = 200)
    private String text;

    /** Added by 1.1; rows written by 1.0 have the column's default. */
    @Column(name = "PRIORITY", nullable = false, length = 10)
    private String priority;

    protected Note() {
    }

    Note(String text, String priority) {
        this.text = text;
        this.priority = priority;
    }

    String shown() {
        return text + " [" + priority + "]";
    }
}
