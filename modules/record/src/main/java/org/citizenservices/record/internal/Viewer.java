package org.citizenservices.record.internal;

import org.citizenservices.spi.RecordAccessLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Who is reading a record and how much they may see: the patient's level and its start date, the date back to
 * which the practice has reviewed the record, and where the reader's new-entry access starts.
 *
 * @param level           the patient's View Record level (a proxy reads at the patient's level)
 * @param from            data before this date is hidden unless a clinician reviewed it; {@code null}: no start date
 * @param reviewedBackTo  entries on or after this date count as reviewed by a clinician; {@code null}: none
 * @param newEntriesFrom  entries on or after this date show in full, whatever the level ({@link ProspectiveAccess});
 *                        {@code null}: the reader has no new-entry access
 */
public record Viewer(RecordAccessLevel level, LocalDate from, LocalDate reviewedBackTo, LocalDate newEntriesFrom) {

    public Viewer {
        java.util.Objects.requireNonNull(level, "level");
    }

    /** A reader without new-entry access: a proxy, or before it. */
    public Viewer(RecordAccessLevel level, LocalDate from, LocalDate reviewedBackTo) {
        this(level, from, reviewedBackTo, null);
    }

    /** The sections this reader may open: those of the level, or every section with new-entry access. */
    public List<RecordSection> sections() {
        return newEntriesFrom == null ? ViewRecordPolicy.sectionsAt(level) : Arrays.asList(RecordSection.values());
    }

    public boolean showsSection(RecordSection section) {
        return newEntriesFrom != null || ViewRecordPolicy.sectionShown(level, section);
    }

    /** Whether an entry of this date is a new entry for this reader, shown in full. */
    boolean isNewEntry(LocalDateTime effectiveAt) {
        return newEntriesFrom != null && !effectiveAt.isBefore(newEntriesFrom.atStartOfDay());
    }

    /** Free text and the practice's annotations: at FULL, or in a new entry. */
    boolean inFull(LocalDateTime effectiveAt) {
        return level == RecordAccessLevel.FULL || isNewEntry(effectiveAt);
    }

    LocalDateTime fromStart() {
        return from == null ? null : from.atStartOfDay();
    }

    LocalDateTime reviewedBackToStart() {
        return reviewedBackTo == null ? null : reviewedBackTo.atStartOfDay();
    }

    LocalDateTime newEntriesStart() {
        return newEntriesFrom == null ? null : newEntriesFrom.atStartOfDay();
    }
}
