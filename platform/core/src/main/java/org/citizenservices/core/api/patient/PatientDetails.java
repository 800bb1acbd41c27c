package org.citizenservices.core.api.patient;

import java.time.LocalDate;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.spi.RecordAccessLevel;

/**
 * A registered (or formerly registered) patient of a practice, as the host reads it.
 * Read-only: changes go through the services.
 */
public interface PatientDetails {

    Long id();

    NhsNumber nhsNumber();

    PersonName name();

    String displayName();

    LocalDate dateOfBirth();

    /** Age in whole years on {@code day}. */
    int ageOn(LocalDate day);

    Sex sex();

    ContactDetails contact();

    RegistrationStatus registrationStatus();

    LocalDate statusChangedOn();

    boolean isRegistered();

    RecordAccessLevel recordAccessLevel();

    /** The SPI's view of how much of this record the patient's online users may see, and from when. */
    org.citizenservices.spi.RecordAccess recordAccess();

    /** Record entries dated before this are not shown unless a clinician reviewed them; null when not set. */
    LocalDate recordAccessFrom();
}
