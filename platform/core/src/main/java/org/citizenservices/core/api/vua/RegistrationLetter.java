package org.citizenservices.core.api.vua;

import java.time.LocalDate;
import java.util.List;

/**
 * The printable registration letter: everything a citizen needs to set up their online account in the portal or
 * to connect an app. Produced once per key; the key is not stored in a form that could print it again.
 */
public record RegistrationLetter(String practiceName, String practiceAddress, String odsCode, String citizenName,
                                 String citizenAddress, String accountId, String linkageKey, LocalDate issuedOn,
                                 boolean replacesEarlierLetter) {

    /** The steps printed under the details, in plain words (no "VUA", "OSA" or "linkage"). */
    public List<String> instructions() {
        return List.of(
                "To use your practice's online services, go to the practice website and choose \"Set up your online account\".",
                "Enter your account ID, your registration key, your surname and your date of birth exactly as shown here, then choose a username and password.",
                "To use an app from another company instead, choose \"Connect an app\" in the app and enter the account ID, the registration key and the practice code shown here.",
                "Keep this letter safe. Anyone with these details and your date of birth could set up access to your information.",
                replacesEarlierLetter
                        ? "This letter replaces any letter you had before: the old details no longer work, and apps you had connected must be connected again."
                        : "If you lose this letter or forget your password, ask the practice for a new letter.");
    }

    @Override
    public String toString() {
        // the key must never reach a log through this record
        return "RegistrationLetter[" + accountId + ", " + odsCode + ", issued " + issuedOn + "]";
    }
}
