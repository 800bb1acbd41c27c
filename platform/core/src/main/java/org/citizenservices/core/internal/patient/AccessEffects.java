package org.citizenservices.core.internal.patient;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.service.Actor;

/**
 * What a change to a patient means for the online accounts that act for them — leaving the practice ends their
 * access, a service switched off is noted in their histories. The accounts' side implements it
 * ({@code internal.vua.PatientAccess}), so the patient register need not know accounts.
 */
public interface AccessEffects {

    /** Ends every live association with the patient, in the caller's transaction. */
    void endAllFor(EntityManager em, Patient patient, String reason, Actor actor);

    /**
     * The day the patient's own online account began to act for them (their live self association's start), or
     * {@code null} when they have none today.
     */
    java.time.LocalDate ownAccountStart(EntityManager em, Patient patient);

    /** Notes in each associated account's history that what it may use for the patient changed. */
    void noteServiceAccessChange(EntityManager em, Patient patient, String description, Actor actor);
}
