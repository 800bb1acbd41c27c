package org.citizenservices.core.api.access;

import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.vua.PatientChoice;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.ServiceNotAvailableException;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The one question everyone asks the core — may this signed-in citizen use this service for this patient now? —
 * answered by {@link ServiceAvailability}, the single copy of the rule, over the facts in the database. The portal's
 * tiles, capability pages and the patient API all ask here.
 */
public interface AccessDecisions {

    /** What a refused citizen reads: never the reason in internal terms (that goes to the audit). */
    String NOT_AVAILABLE = "This service is not available for this person at the moment."
            + " Contact your GP practice if you think it should be.";

    /**
     * The patient of a live association with the citizen, with what the SPI's CurrentCitizen shows and how much of
     * their record they may see.
     */
    record Subject(PatientChoice actingFor, String odsCode, String practiceName, RecordAccess recordAccess) {

        /** The SPI's view of {@code citizen} acting for this patient. */
        public CurrentCitizen currentCitizen(SignedInCitizen citizen) {
            return new CurrentCitizen(citizen.accountId(), citizen.displayName(), odsCode, practiceName,
                    actingFor.patient());
        }
    }

    /** Empty when the service is available; otherwise the first reason it is not. */
    Optional<ServiceAvailability.Denial> decide(SignedInCitizen citizen, long patientId, CitizenService service);

    /** The services available for the patient now, for tiles and the API's patient links. */
    Set<CitizenService> availableServices(SignedInCitizen citizen, long patientId,
                                          Collection<CitizenService> candidates);

    /**
     * Refuses, with an audit event carrying the reason, unless the service is available.
     *
     * @throws ServiceNotAvailableException with {@link #NOT_AVAILABLE}, safe for the citizen
     */
    void require(SignedInCitizen citizen, long patientId, CitizenService service);

    /**
     * Who the patient is, as the citizen may act for them now, from the same cached facts as the decisions. Empty
     * when there is no live association.
     */
    Optional<Subject> subject(SignedInCitizen citizen, long patientId);
}
