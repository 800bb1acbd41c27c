package org.citizenservices.core.api.audit;

import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.StaffMember;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The append-only audit trail: who did what to which patient or account, and how it ended. An event written
 * {@link Entry#now now} is durable when the call returns, so nothing is answered unaudited.
 */
public interface AuditTrail {

    /** One event about a patient or an account, filled in by the caller and then written. */
    interface Entry {

        Entry patient(Long patientId);

        Entry account(String accountId);

        /** A reason code or administrative note — never clinical text. */
        Entry detail(String detail);

        Entry practice(Long practiceId);

        /**
         * Written now, in a transaction of its own; returns when it is durable. An event the database refuses for
         * its data is written as {@link AuditAction#AUDIT_REJECTED_INPUT} and this returns normally.
         *
         * @throws AuditUnavailableException when the event is not durable within the trail's wait
         */
        void now(Outcome outcome);
    }

    Entry entry(Actor actor, AuditAction action);

    /** For a capability's own actions: {@code action} is an upper-case code. */
    Entry entry(Actor actor, String action);

    /** Every event about a patient, newest first. */
    List<? extends AuditEventDetails> forPatient(long patientId, int limit);

    /** Every event about a patient or about an online account, newest first: what a citizen sees about themself. */
    List<? extends AuditEventDetails> forPatientOrAccount(Long patientId, String accountId, int limit);

    /** The practice's sign-in pauses since {@code since}, newest first, for its administrator. */
    List<? extends AuditEventDetails> signInPauses(StaffMember staff, LocalDateTime since);

    /** Every event with this action, newest first (tests and support). */
    List<? extends AuditEventDetails> withAction(String action, int limit);
}
