package org.citizenservices.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A patient of the signed-in staff member's practice, as a capability's practice pages name them (in an appointment
 * book, a prescribing queue). Capabilities key their data by {@code patientId}.
 *
 * @param registered false once the patient has left the practice or died
 * @since 1.3
 */
public record PracticePatient(long patientId, String displayName, String nhsNumber, LocalDate dateOfBirth,
                              boolean registered) {

    public PracticePatient {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    }
}
