package org.citizenservices.it.bundles.notes.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.it.bundles.notes.NoteRow;

/** Version 1.1 of the notes test module's one table: {@code V1__note.sql}, then {@code V2__note_priority.sql}. */
@Entity
@Table(name = "NOTE")
public class Note extends NoteRow {

    /** Added by 1.1; rows written by 1.0 have the column's default. */
    @Column(name = "PRIORITY", nullable = false, length = 10)
    private String priority;

    protected Note() {
    }

    Note(String text, String priority) {
        super(text);
        this.priority = priority;
    }

    String shown() {
        return text() + " [" + priority + "]";
    }
}
