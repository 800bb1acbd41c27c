package org.citizenservices.spi;

import java.util.Objects;

/**
 * The signed-in citizen a view or API handler is working for, and the patient they act for.
 *
 * @param accountId   the citizen's account ID at the practice (for the audit trail, never shown as such)
 * @param displayName "Jane Demo"
 * @param odsCode     the practice the patient is registered with
 * @param practiceName its name, for headings and letters
 * @param actingFor   the patient
 */
public record CurrentCitizen(String accountId, String displayName, String odsCode, String practiceName,
                             ActingFor actingFor) {

    public CurrentCitizen {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(actingFor, "actingFor");
    }
}
