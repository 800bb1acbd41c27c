package org.citizenservices.core.api.vua;

import org.citizenservices.spi.CitizenService;

import java.time.LocalDate;
import java.util.Set;

/** A patient a signed-in citizen may act for: themself (SELF) or someone they are a proxy for. */
public record ActingFor(long patientId, long associationId, String displayName, LocalDate dateOfBirth,
                        AssociationType type, Relationship relationship, Set<CitizenService> registeredServices) {

    public ActingFor {
        registeredServices = Set.copyOf(registeredServices);
    }

    public boolean isSelf() {
        return type == AssociationType.SELF;
    }

    /** "yourself" or "Sam Demo": how the patient switcher names the choice. */
    public String choiceLabel() {
        return isSelf() ? "Yourself" : displayName;
    }
}
