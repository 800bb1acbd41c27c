package org.citizenservices.consultations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.spi.IdentifiedRow;

import java.time.LocalDateTime;

/** A red-flag question a practice added to the national ones; removing it keeps the row, for the record. */
@Entity
@Table(name = "PRACTICE_RED_FLAG")
public class PracticeRedFlag extends IdentifiedRow {

    static final String ID_PREFIX = "practice-";

    @Column(name = "PRACTICE_ODS", nullable = false, length = 10)
    private String practiceOds;
    @Column(name = "QUESTION", nullable = false, length = Limits.QUESTION)
    private String question;
    @Column(name = "ADDED_BY", nullable = false, length = 200)
    private String addedBy;
    @Column(name = "ADDED_AT", nullable = false)
    private LocalDateTime addedAt;
    @Column(name = "REMOVED_AT")
    private LocalDateTime removedAt;

    protected PracticeRedFlag() {
        // for JPA
    }

    PracticeRedFlag(String practiceOds, String question, String addedBy, LocalDateTime addedAt) {
        this.practiceOds = practiceOds;
        this.question = question;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    void remove(LocalDateTime at) {
        removedAt = at;
    }

    String practiceOds() {
        return practiceOds;
    }

    RedFlagQuestion asQuestion() {
        return new RedFlagQuestion(ID_PREFIX + id(), question);
    }
}
