package org.citizenservices.record.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * The day a practice's new-entry access began: noted the first time the module finds the practice's setting on, and
 * removed when it finds it off, so that switching it on (again) never shows the entries made before.
 */
@Entity
@Table(name = "NEW_ENTRY_ACCESS")
public class ProspectiveSwitch {

    @Id
    @Column(name = "PRACTICE_ODS", length = 10)
    private String practiceOds;

    @Column(name = "ON_SINCE", nullable = false)
    private LocalDate onSince;

    protected ProspectiveSwitch() {
        // for JPA
    }

    ProspectiveSwitch(String practiceOds, LocalDate onSince) {
        this.practiceOds = practiceOds;
        this.onSince = onSince;
    }

    LocalDate onSince() {
        return onSince;
    }
}
