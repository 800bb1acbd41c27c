package org.citizenservices.example.internal;

/** A request on the practice's list, with the patient named by the host. */
public record PracticeRequest(RequestSummary request, String patientName, String nhsNumber) {
}
