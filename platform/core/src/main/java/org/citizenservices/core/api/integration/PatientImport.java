package org.citizenservices.core.api.integration;

import org.citizenservices.core.api.patient.NewPatient;

/**
 * The patients of a practice's import: each registered at the client's practice, or — known by NHS number — brought
 * up to date with the clinical system, which holds the register.
 */
public interface PatientImport {

    enum Change { CREATED, UPDATED, UNCHANGED }

    record Imported(long patientId, Change change) {
    }

    /**
     * @throws org.citizenservices.core.api.service.NotPermittedException when the client lacks the import scope
     */
    Imported importPatient(ApiClients.Caller caller, NewPatient details);

    /** Audits a finished import's totals under the client's name. */
    void imported(ApiClients.Caller caller, String totals);
}
