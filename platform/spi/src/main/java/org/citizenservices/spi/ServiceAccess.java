package org.citizenservices.spi;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Optional;

/**
 * The host's answer to "who is this for, and may they?" — the one service-access rule of the core (module
 * installed ∧ practice on ∧ patient on ∧ SELF or registered on the proxy association ∧ account active), for the
 * citizen and patient of the current request (a portal page or a patient API call).
 *
 * <p>Capabilities call {@link #require(CitizenService)} at the top of every citizen-facing operation, in their
 * services, not only in views: the same code serves the patient API. Everything is evaluated afresh on each call,
 * so a switch turned off by the practice or a key reset takes effect at once.
 *
 * @since 1.1
 */
@ProviderType
public interface ServiceAccess {

    /** The signed-in citizen and the patient they act for, if the current request has one. */
    Optional<CurrentCitizen> currentCitizen();

    /** Whether the current citizen may use {@code service} for the patient they act for now. */
    boolean isAvailable(CitizenService service);

    /**
     * The current citizen, when they may use {@code service} for their patient now; otherwise the refusal is
     * audited and {@link ServiceNotAvailableException} thrown.
     */
    CurrentCitizen require(CitizenService service);

    /** The signed-in practice user, if the current request has one. */
    Optional<CurrentStaff> currentStaff();

    /**
     * The current practice user when they hold {@code role}; otherwise throws {@link SecurityException}.
     */
    CurrentStaff requireStaff(Role role);

    /**
     * A value of the settings bag of the current patient's (or staff member's) practice, e.g.
     * {@code appointments.maxFutureAppointments}; empty when not set or when nobody is signed in.
     */
    Optional<String> practiceSetting(String key);

    /**
     * Records a capability action in the audit trail against the current citizen and patient (or the current
     * practice user): {@code action} is an upper-case code such as {@code APPOINTMENT_BOOKED}; {@code detail} a
     * reference or reason code — never clinical text.
     */
    void audit(String action, String detail);

    /**
     * For the signed-in practice user: records an action they took about one of their practice's patients (booking
     * for them, recording that they did not attend), so it shows in that patient's audit trail and access log.
     *
     * @throws SecurityException when no practice user is signed in, or the patient is not of their practice
     * @since 1.3
     */
    void auditPatient(long patientId, String action, String detail);

    /**
     * For the signed-in practice user: the patients of their practice among {@code patientIds} (ids of other
     * practices are left out), to name them in the capability's lists.
     *
     * @throws SecurityException when no practice user is signed in
     * @since 1.3
     */
    java.util.Map<Long, PracticePatient> practicePatients(java.util.Collection<Long> patientIds);

    /**
     * For the signed-in practice user: the patient of their practice with this NHS number (ten digits, spaces
     * allowed), e.g. to book for a patient who phoned. The look-up is audited.
     *
     * @throws SecurityException when no practice user is signed in
     * @throws IllegalArgumentException with a message for the user when it is not a valid NHS number
     * @since 1.3
     */
    Optional<PracticePatient> findPracticePatient(String nhsNumber);

    /**
     * The View Record access of the patient the current citizen acts for now — the patient's own configuration,
     * also when a proxy is asking. Checks {@link CitizenService#RECORD} first, exactly as {@link #require} does.
     *
     * @throws ServiceNotAvailableException when the citizen may not view this patient's record now (audited)
     * @since 1.4
     */
    RecordAccess recordAccess();

    /**
     * For the signed-in practice user: the View Record access configured for a patient of their practice, to show
     * staff what that patient would see online.
     *
     * @throws SecurityException when no practice user is signed in, or the patient is not of their practice
     * @since 1.4
     */
    RecordAccess recordAccessOf(long patientId);

    /**
     * For the signed-in practice user: sends a citizen of their practice a short notice through the account's
     * verified contact details and preference (email when configured; otherwise the host's log) — never clinical
     * text: "You have a new message from your GP practice". Only an ACTIVE account is contacted. Audited.
     *
     * @param accountId the citizen's account ID, as {@link CurrentCitizen#accountId()} gave it
     * <p>Since 1.7 the notice is queued in the host's durable outbox and sent after this returns, with retries; a
     * notice that never gets through is shown to the practice.
     *
     * @return {@code QUEUED} once the notice is safely queued, or empty when the account is not one of the practice's
     * @throws SecurityException when no practice user is signed in
     * @since 1.4
     */
    Optional<String> notifyCitizen(String accountId, String text);

    /**
     * Outside a request as well as in one (an import from the practice's clinical system, a clinician's change): tells
     * the patient, and each proxy who may use {@code service} for them today, that something is new — a short notice
     * with no clinical detail ("A new test result is in your GP record."), queued in the host's durable outbox and sent
     * with its retries; audited against the patient, one event per account told. Call it after your change has
     * committed: the notice is not part of your transaction. Ask only about your capability's own service.
     *
     * @return how many accounts were told: 0 when nobody may use the service for the patient (no account, the
     *         service switched off, a proxy whose association does not register it)
     * @throws IllegalArgumentException for a blank notice or one longer than 200 characters
     * @since 1.17
     */
    int notifyPatient(long patientId, CitizenService service, String text);

    /**
     * As {@link #notifyPatient}, but only the patient's own account is told — never a proxy: for something new only
     * the patient may see (an entry their new-entry access shows, which proxies never have).
     *
     * @return 1 when the patient's own account may use the service today, else 0
     * @since 1.18
     */
    int notifyPatientOnly(long patientId, CitizenService service, String text);

    /**
     * Outside a request as well as in one: the View Record access the practice has configured for a patient, to
     * decide whether something new would be shown to them (and so whether to tell them). {@code null} for a patient
     * the core does not know.
     *
     * @since 1.17
     */
    RecordAccess configuredRecordAccess(long patientId);

    /**
     * For the signed-in practice user who may change a patient's services (a clinician or the practice administrator):
     * sets the patient's View Record level and the date it starts from ({@code null}: the whole record at that level),
     * as the practice's patient page does — for a capability that answers a patient's request for more access. The
     * core audits the change against the patient.
     *
     * @throws SecurityException        when no such practice user is signed in, or the patient is not of their practice
     * @throws IllegalArgumentException when {@code level} is null
     * @since 1.17
     */
    void setRecordAccess(long patientId, RecordAccessLevel level, java.time.LocalDate from);
}
