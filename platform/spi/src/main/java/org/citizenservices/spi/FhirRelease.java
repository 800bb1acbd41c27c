package org.citizenservices.spi;

/**
 * The FHIR release a {@link FhirRoute} speaks, and so its base: {@code /FHIR/STU3/} (GP Connect Access Record and
 * Appointments Management) or {@code /FHIR/R4/} (GP Connect Prescriptions Management).
 *
 * @since 1.14
 */
public enum FhirRelease {
    STU3,
    R4
}
