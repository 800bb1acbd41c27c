package org.citizenservices.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient's View Record access as their practice configured it: the level, and the date before which data is
 * not shown unless a clinician reviewed it and left it unrestricted (none: the whole record).
 *
 * @param patientId the host's stable id of the patient
 * @param level     the patient's level — for a proxy too: a proxy sees what the patient's configuration allows
 * @param from      the level's start date, or {@code null}
 * @param ownAccountFrom the day the patient's own online account began to act for them (their live self
 *                  association's start), or {@code null} when they have none — where a capability's new-entry
 *                  access starts ({@code since 1.18})
 * @param dateOfBirth the patient's date of birth, for rules that depend on age, e.g. new-entry access from 16
 *                  ({@code null} only from a host before 1.18; {@code since 1.18})
 * @since 1.4
 */
public record RecordAccess(long patientId, RecordAccessLevel level, LocalDate from, LocalDate ownAccountFrom,
                           LocalDate dateOfBirth) {

    public RecordAccess {
        Objects.requireNonNull(level, "level");
    }

    /** The access as before 1.18, without the patient's own account. */
    public RecordAccess(long patientId, RecordAccessLevel level, LocalDate from) {
        this(patientId, level, from, null, null);
    }

    /** The same configuration, with the start of the patient's own account and their date of birth. */
    public RecordAccess withPatient(LocalDate ownAccountStart, LocalDate born) {
        return new RecordAccess(patientId, level, from, ownAccountStart, born);
    }

    public Optional<LocalDate> startDate() {
        return Optional.ofNullable(from);
    }
}
