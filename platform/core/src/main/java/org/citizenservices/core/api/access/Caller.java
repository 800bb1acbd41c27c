package org.citizenservices.core.api.access;

import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.service.StaffMember;

import java.util.Optional;

/**
 * Who is asking on this thread, as the host knows it: the citizen of a patient-API call or of a portal session and
 * the patient they act for, or a signed-in practice user. The access rule needs nothing else from the host.
 */
public interface Caller {

    /** The signed-in citizen, if a citizen is asking. */
    Optional<SignedInCitizen> citizen();

    /** The patient the citizen acts for now (their own record or a proxy's), if one is chosen. */
    Optional<Long> actingForPatientId();

    /** The signed-in practice user; always empty during a patient-API call, which speaks only for a citizen. */
    Optional<StaffMember> staff();

    /**
     * Told when the access rule has written the audit event a capability asked for on behalf of the citizen, so that
     * a caller that audits each request (the patient API) does not write a second event for the same act.
     */
    default void audited() {
    }

    /** The practice whose settings apply to the caller. */
    default Optional<Long> practiceId() {
        return citizen().map(SignedInCitizen::practiceId).or(() -> staff().map(StaffMember::practiceId));
    }
}
