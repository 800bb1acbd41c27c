package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.spi.CitizenService;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a practice user enters to associate an account with a patient. A SELF association is always the relationship
 * Self; a PROXY association names the relationship, at least one service, and either the patient's consent
 * (written or verbal) or, when none is needed (a child without capacity), the legal basis; it may be given until a
 * day ({@code accessUntil}, the last day it works), after which it ends by itself.
 */
public record AssociationRequest(AssociationType type, Relationship relationship, ConsentMethod consentMethod,
                                 String legalBasis, String details, Set<CitizenService> services,
                                 LocalDate startDate, LocalDate accessUntil) {

    /** Access with no end date. */
    public AssociationRequest(AssociationType type, Relationship relationship, ConsentMethod consentMethod,
                              String legalBasis, String details, Set<CitizenService> services, LocalDate startDate) {
        this(type, relationship, consentMethod, legalBasis, details, services, startDate, null);
    }

    /** LEGAL_BASIS is VARCHAR(300), DETAILS VARCHAR(1000). */
    public static final int MAX_LEGAL_BASIS = 300;
    public static final int MAX_DETAILS = 1000;

    public AssociationRequest {
        if (type == null) {
            throw new InvalidValueException("Choose whether the person is the patient or acts for them.");
        }
        if (startDate == null) {
            throw new InvalidValueException("Enter the date the access starts.");
        }
        if (accessUntil != null && accessUntil.isBefore(startDate)) {
            throw new InvalidValueException("The access must last at least until the day it starts.");
        }
        if (accessUntil != null && type == AssociationType.SELF) {
            throw new InvalidValueException("A patient's own access has no end date.");
        }
        legalBasis = blankToNull(legalBasis, MAX_LEGAL_BASIS, "legal basis");
        details = blankToNull(details, MAX_DETAILS, "details");
        services = services == null ? Set.of() : Set.copyOf(services);
        if (type == AssociationType.SELF) {
            if (relationship != null && relationship != Relationship.SELF) {
                throw new InvalidValueException("A patient's own access has the relationship Self.");
            }
            relationship = Relationship.SELF;
            consentMethod = consentMethod == null ? ConsentMethod.NOT_REQUIRED : consentMethod;
        } else {
            if (relationship == null || relationship == Relationship.SELF) {
                throw new InvalidValueException("Choose how the proxy is related to the patient.");
            }
            if (services.isEmpty()) {
                throw new InvalidValueException("Choose at least one service the proxy may use for the patient.");
            }
            if (consentMethod == null) {
                throw new InvalidValueException("Record how the patient consented, or that consent is not required.");
            }
            if (consentMethod == ConsentMethod.NOT_REQUIRED && legalBasis == null) {
                throw new InvalidValueException(
                        "When the patient's consent is not required, record the legal basis (for example, parental responsibility for a child without capacity).");
            }
        }
    }

    /** The patient's own access: every service, the switches decide what is on. */
    public static AssociationRequest self(LocalDate startDate) {
        return new AssociationRequest(AssociationType.SELF, Relationship.SELF, ConsentMethod.NOT_REQUIRED, null, null,
                Set.of(CitizenService.APPOINTMENTS, CitizenService.PRESCRIPTIONS, CitizenService.MESSAGING,
                        CitizenService.RECORD), startDate);
    }

    private static String blankToNull(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new InvalidValueException("The " + what + " is at most " + max + " characters.");
        }
        return trimmed;
    }
}
