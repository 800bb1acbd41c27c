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
 * @since 1.4
 */
public record RecordAccess(long patientId, RecordAccessLevel level, LocalDate from) {

    public RecordAccess {
        Objects.requireNonNull(level, "level");
    }

    public Optional<LocalDate> startDate() {
        return Optional.ofNullable(from);
    }
}
