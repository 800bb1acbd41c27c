package org.citizenservices.core.api.vua;

import org.citizenservices.spi.ActingFor;
import org.citizenservices.spi.CitizenService;

import java.time.LocalDate;
import java.util.Set;

/**
 * A patient a signed-in citizen may act for, as the patient switcher offers it: the SPI's {@link ActingFor} (what
 * every capability sees) together with the live association behind it, which only the platform needs.
 */
public record PatientChoice(ActingFor patient, long associationId, AssociationType type, Relationship relationship,
                            Set<CitizenService> registeredServices) {

    public PatientChoice {
        registeredServices = Set.copyOf(registeredServices);
    }

    /** Builds the choice so that the SPI's self flag and relationship words always agree with the association. */
    public static PatientChoice of(long patientId, long associationId, String displayName, String nhsNumber,
                                   LocalDate dateOfBirth, AssociationType type, Relationship relationship,
                                   Set<CitizenService> registeredServices) {
        ActingFor patient = new ActingFor(patientId, displayName, nhsNumber, dateOfBirth,
                type == AssociationType.SELF, relationship.label());
        return new PatientChoice(patient, associationId, type, relationship, registeredServices);
    }

    public long patientId() {
        return patient.patientId();
    }

    public String displayName() {
        return patient.displayName();
    }

    public LocalDate dateOfBirth() {
        return patient.dateOfBirth();
    }

    public boolean isSelf() {
        return patient.self();
    }

    /** "Yourself" or "Sam Demo": how the patient switcher names the choice. */
    public String choiceLabel() {
        return isSelf() ? "Yourself" : patient.displayName();
    }
}
