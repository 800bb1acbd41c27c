package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.PersonName;

import java.time.LocalDate;

/**
 * The details from the registration letter a citizen types to set up their online account or connect an app:
 * account ID, registration (linkage) key, surname, date of birth and the practice's ODS code.
 * Kept as typed: a malformed value is just another mismatch, so the answer never says which field was wrong.
 */
public record LinkageDetails(String accountId, String linkageKey, String surname, LocalDate dateOfBirth,
                             String odsCode) {

    /** Longer than any account ID, key or practice code on a letter: refused before anything is looked up. */
    public static final int MAX_ACCOUNT_ID = 40;
    public static final int MAX_KEY = 40;
    public static final int MAX_ODS_CODE = 10;

    public LinkageDetails {
        if (isBlank(accountId) || isBlank(linkageKey) || isBlank(surname) || dateOfBirth == null) {
            throw new InvalidValueException("Enter every detail from your registration letter.");
        }
        if (accountId.length() > MAX_ACCOUNT_ID || linkageKey.length() > MAX_KEY
                || surname.length() > PersonName.MAX_NAME || (odsCode != null && odsCode.length() > MAX_ODS_CODE)) {
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
