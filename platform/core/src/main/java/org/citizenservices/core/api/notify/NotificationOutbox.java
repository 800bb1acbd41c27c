package org.citizenservices.core.api.notify;

import org.citizenservices.core.api.service.StaffMember;

import java.util.List;
import java.util.Optional;

/**
 * The durable outbox of notices to citizens: a notice is queued with the change that causes it and sent after that
 * commits, by a sender on any node that claims it, records the outcome and retries with growing pauses; after the
 * last attempt it is left for the practice to see and send again.
 */
public interface NotificationOutbox {

    /** The longest notice, in characters. */
    int MAX_NOTICE = 200;

    /** A notice claimed for sending, with where it goes; {@code contact} is empty when the account cannot be told. */
    record Claimed(long id, String accountId, String notice, Optional<Recipient> contact) {
    }

    /**
     * The account's confirmed contact details — an address or number the citizen has not confirmed is null here —
     * and their preference ({@code EMAIL}, {@code SMS}, {@code POST}).
     */
    record Recipient(String displayName, String email, String mobile, String preference) {
    }

    /** Queues a notice on its own, for a change that has already committed elsewhere (a capability's). */
    void enqueue(long practiceId, String accountId, String notice);

    /**
     * A notice about something new for a patient through {@code service} (a result filed, say), with no clinical
     * detail: queued for the patient's own account and each proxy's that may use the service for them today, audited
     * as the system's, one event per account told.
     *
     * @return how many accounts were told; 0 for none, or an unknown patient
     * @throws IllegalArgumentException for a blank notice or one over {@link #MAX_NOTICE}
     */
    int enqueueForPatient(long patientId, org.citizenservices.spi.CitizenService service, String notice);

    /**
     * The same notice, for the patient's own account only — never a proxy's: for something only the patient may see
     * (an entry shown to them by new-entry access, which proxies never have).
     */
    int enqueueForPatientOnly(long patientId, org.citizenservices.spi.CitizenService service, String notice);

    /**
     * A practice user's notice to one of the practice's citizens, queued and audited; false, audited as denied, when
     * the account is not one of the practice's.
     */
    boolean enqueueFromStaff(StaffMember staff, String accountId, String notice);

    /** Up to {@code max} due notices, each claimed by {@code node} alone. */
    List<Claimed> claimDue(String node, int max);

    /** Records that the notice went out by {@code channel}. */
    void sent(long id, String channel);

    /** {@code why} is shown to the practice: a kind of failure, never an address or a secret. */
    void attemptFailed(long id, String why);

    /** The practice's notices that could not be sent, newest first. */
    List<? extends OutboxNotificationDetails> failures(StaffMember staff);

    /** Sends a given-up notice again, from the first attempt. */
    void retry(StaffMember staff, long id);
}
