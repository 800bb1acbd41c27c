package org.citizenservices.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The patient a signed-in citizen is acting for right now: themself, or someone they are a proxy for (chosen in the
 * portal's patient switcher, or named by the patient link of an API call). Capabilities key their data by
 * {@code patientId}.
 *
 * @param patientId    the host's stable id of the patient
 * @param displayName  "Sam Demo"
 * @param nhsNumber    ten digits, no spaces
 * @param dateOfBirth  the patient's date of birth
 * @param self         true when the citizen is the patient
 * @param relationship "Self", "Mother", "Carer", …
 */
public record ActingFor(long patientId, String displayName, String nhsNumber, LocalDate dateOfBirth, boolean self,
                        String relationship) {

    public ActingFor {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(relationship, "relationship");
    }
}
