package org.citizenservices.core.vua;

import org.citizenservices.core.domain.InvalidValueException;

import java.time.LocalDate;

/**
 * The details from the registration letter a citizen types to set up their online account or connect an app:
 * account ID, registration (linkage) key, surname, date of birth and the practice's ODS code.
 * Kept as typed: a malformed value is just another mismatch, so the answer never says which field was wrong.
 */
public record LinkageDetails(String accountId, String linkageKey, String surname, LocalDate dateOfBirth,
                             String odsCode) {

    public LinkageDetails {
        if (isBlank(accountId) || isBlank(linkageKey) || isBlank(surname) || dateOfBirth == null) {
            throw new InvalidValueException("Enter every detail from your registration letter.");
        }
        if (accountId.length() > 40 || linkageKey.length() > 40 || surname.length() > 100
                || (odsCode != null && odsCode.length() > 10)) {
            throw new InvalidValueException("One of the details is longer than on any registration letter.");
        }
    }

    /**
     * These details, if they include the practice code (ODS code): setting up the portal account and connecting an
     * app both check all five, so a letter's details work only at the practice that issued it.
     */
    public LinkageDetails requirePracticeCode() {
        if (isBlank(odsCode)) {
            throw new InvalidValueException("Enter the practice code (ODS code) from the registration letter.");
        }
        return this;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "LinkageDetails[" + accountId + "]";
    }
}
