package org.citizenservices.it.bundles.notes.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Version 1.0 of the notes test module's one table: {@code V1__note.sql}. */
@Entity
@Table(name = "NOTE")
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TEXT_VALUE", nullable = false, length = 200)
    private String text;

    protected Note() {
    }

    Note(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
