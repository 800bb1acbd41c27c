package org.citizenservices.host.fhir;

import org.citizenservices.core.api.vua.SignedInCitizen;

import java.time.Instant;

/** The person a verified NHS login token speaks for, through the app it was issued to, until it expires. */
record FhirCaller(SignedInCitizen citizen, String app, Instant expiresAt) {
}
