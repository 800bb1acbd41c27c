package org.citizenservices.core.api.patient;

import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.domain.PersonName;

import java.time.LocalDate;

/** What the practice enters to register a patient. */
public record NewPatient(NhsNumber nhsNumber, PersonName name, LocalDate dateOfBirth, Sex sex,
                         ContactDetails contact) {

    public NewPatient {
        if (nhsNumber == null) {
            throw new InvalidValueException("Enter the NHS number.");
        }
        if (name == null) {
            throw new InvalidValueException("Enter the patient's name.");
        }
        if (dateOfBirth == null || dateOfBirth.isBefore(LocalDate.of(1890, 1, 1))) {
            throw new InvalidValueException("Enter the date of birth.");
        }
        sex = sex == null ? Sex.UNKNOWN : sex;
        contact = contact == null ? ContactDetails.NONE : contact;
    }
}
