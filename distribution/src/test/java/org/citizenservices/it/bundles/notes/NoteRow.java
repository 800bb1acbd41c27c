package org.citizenservices.it.bundles.notes;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.citizenservices.spi.IdentifiedRow;

/**
 * The columns of table {@code NOTE} as 1.0 created them ({@code V1__note.sql}), which every later version keeps. Each
 * version's bundle carries its own copy, as with {@link NotesCapability}, so the versions stay separately built.
 */
@MappedSuperclass
public abstract class NoteRow extends IdentifiedRow {

    @Column(name = "TEXT_VALUE", nullable = false, length = 200)
    private String text;

    protected NoteRow() {
    }

    protected NoteRow(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
