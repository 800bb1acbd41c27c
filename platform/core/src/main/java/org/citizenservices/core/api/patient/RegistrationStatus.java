package org.citizenservices.core.api.patient;

/** A patient's registration with the practice. Only a REGISTERED patient can have live associations. */
public enum RegistrationStatus {
    REGISTERED,
    LEFT,
    DECEASED
}
