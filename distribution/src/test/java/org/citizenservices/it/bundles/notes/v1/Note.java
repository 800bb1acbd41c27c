package org.citizenservices.it.bundles.notes.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.it.bundles.notes.NoteRow;

/** Version 1.0 of the notes test module's one table: {@code V1__note.sql}. */
@Entity
@Table(name = "NOTE")
public class Note extends NoteRow {

    protected Note() {
    }

    Note(String text) {
        super(text);
    }
}
