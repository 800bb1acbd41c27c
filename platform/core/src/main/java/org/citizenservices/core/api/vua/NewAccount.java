package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.PersonName;

import java.time.LocalDate;

/** The demographics a practice user enters to create an online account for a patient or a proxy. */
public record NewAccount(PersonName name, LocalDate dateOfBirth, ContactDetails contact,
                         ContactPreference contactPreference) {

    public NewAccount {
        if (name == null) {
            throw new InvalidValueException("Enter the person's name.");
        }
        if (dateOfBirth == null || dateOfBirth.isBefore(LocalDate.of(1890, 1, 1))) {
            throw new InvalidValueException("Enter the person's date of birth.");
        }
        contact = contact == null ? ContactDetails.NONE : contact;
        contactPreference = contactPreference == null ? ContactPreference.EMAIL : contactPreference;
    }
}
