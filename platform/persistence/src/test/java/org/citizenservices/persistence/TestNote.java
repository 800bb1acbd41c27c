package org.citizenservices.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity of a pretend class-path module, for {@link ModulePersistenceTest}. */
@Entity
@Table(name = "TEST_NOTE")
public class TestNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String text;

    String author;

    protected TestNote() {
    }

    TestNote(String text, String author) {
        this.text = text;
        this.author = author;
    }
}
