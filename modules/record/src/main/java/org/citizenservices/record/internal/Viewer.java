package org.citizenservices.record.internal;

import org.citizenservices.spi.RecordAccessLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Who is reading a record and how much they may see: the patient's level and its start date, and the date back to
 * which the practice has reviewed the record.
 *
 * @param level          the patient's View Record level (a proxy reads at the patient's level)
 * @param from           data before this date is hidden unless a clinician reviewed it; {@code null}: no start date
 * @param reviewedBackTo entries on or after this date count as reviewed by a clinician; {@code null}: none
 */
public record Viewer(RecordAccessLevel level, LocalDate from, LocalDate reviewedBackTo) {

    public Viewer {
        java.util.Objects.requireNonNull(level, "level");
    }

    LocalDateTime fromStart() {
        return from == null ? null : from.atStartOfDay();
    }

    LocalDateTime reviewedBackToStart() {
        return reviewedBackTo == null ? null : reviewedBackTo.atStartOfDay();
    }
}
