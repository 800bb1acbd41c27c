package org.citizenservices.host.portal.security;

import org.citizenservices.core.Core;
import org.citizenservices.core.notify.NotificationOutbox;
import org.citizenservices.core.audit.ActingAs;
import org.citizenservices.core.audit.AuditAction;
import org.citizenservices.core.audit.Outcome;
import org.citizenservices.core.service.SignedInCitizen;
import org.citizenservices.core.service.StaffMember;
import org.citizenservices.core.access.AccessDecisions;
import org.citizenservices.core.vua.ActingFor;
import org.citizenservices.host.api.ApiCall;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.PracticePatient;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.core.domain.InvalidValueException;
import org.citizenservices.core.domain.NhsNumber;
import org.citizenservices.core.patient.Patient;
import org.citizenservices.spi.ServiceNotAvailableException;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The SPI's {@link ServiceAccess} for portal pages: the citizen or practice user of the current Vaadin session,
 * and the core's access rule. One instance serves every capability.
 */
public final class PortalServiceAccess implements ServiceAccess {

    private final Supplier<Core> core;

    private final Runnable notificationQueued;

    public PortalServiceAccess(Supplier<Core> core, Runnable notificationQueued) {
        this.core = core;
        this.notificationQueued = notificationQueued;
    }

    private record Acting(SignedInCitizen citizen, AccessDecisions.Subject subject) {
        ActingFor patient() {
            return subject.actingFor();
        }
    }

    private Optional<Acting> acting() {
        // a patient API call on this thread speaks for its session's citizen and patient link
        Optional<ApiCall> call = ApiCall.current();
        Optional<SignedInCitizen> citizen = call.map(ApiCall::citizen).or(PortalSignIn::citizen);
        Optional<Long> patientId = call.map(ApiCall::patientId).or(PortalSignIn::actingForPatientId);
        if (citizen.isEmpty() || patientId.isEmpty()) {
            return Optional.empty();
        }
        return core.get().access().subject(citizen.get(), patientId.get())
                .map(subject -> new Acting(citizen.get(), subject));
    }

    @Override
    public Optional<CurrentCitizen> currentCitizen() {
        return acting().map(this::toSpi);
    }

    private CurrentCitizen toSpi(Acting acting) {
        return currentCitizen(acting.citizen(), acting.subject());
    }

    /** The SPI's view of a citizen acting for a patient, from the access rule's cached facts. */
    public static CurrentCitizen currentCitizen(SignedInCitizen citizen, AccessDecisions.Subject subject) {
        ActingFor actingFor = subject.actingFor();
        return new CurrentCitizen(citizen.accountId(), citizen.displayName(), subject.odsCode(),
                subject.practiceName(), new org.citizenservices.spi.ActingFor(actingFor.patientId(),
                actingFor.displayName(), subject.nhsNumber(), actingFor.dateOfBirth(), actingFor.isSelf(),
                actingFor.relationship().label()));
    }


    @Override
    public boolean isAvailable(CitizenService service) {
        return acting().map(a -> core.get().access().decide(a.citizen(), a.patient().patientId(), service).isEmpty())
                .orElse(false);
    }

    @Override
    public CurrentCitizen require(CitizenService service) {
        Acting acting = acting().orElseThrow(() -> new ServiceNotAvailableException(service,
                "Sign in to use this service."));
        try {
            core.get().access().require(acting.citizen(), acting.patient().patientId(), service);
        } catch (org.citizenservices.core.access.ServiceNotAvailableException refused) {
            throw new ServiceNotAvailableException(service, refused.getMessage());
        }
        return toSpi(acting);
    }

    @Override
    public Optional<CurrentStaff> currentStaff() {
        if (ApiCall.current().isPresent()) {
            return Optional.empty();
        }
        return PortalSignIn.staff().map(PortalServiceAccess::toSpi);
    }

    private static CurrentStaff toSpi(StaffMember member) {
        return new CurrentStaff(member.username(), member.displayName(), member.odsCode(),
                new PortalUser.Staff(member).roles());
    }

    @Override
    public CurrentStaff requireStaff(Role role) {
        CurrentStaff staff = currentStaff().orElseThrow(() -> new SecurityException("Sign in as practice staff."));
        if (!staff.has(role)) {
            throw new SecurityException("Your role does not allow this.");
        }
        return staff;
    }

    @Override
    public Optional<String> practiceSetting(String key) {
        Optional<Long> practiceId = ApiCall.current().map(call -> call.citizen().practiceId())
                .or(() -> PortalSignIn.staff().map(StaffMember::practiceId))
                .or(() -> PortalSignIn.citizen().map(SignedInCitizen::practiceId));
        return practiceId.map(id -> core.get().practices().settings(id).get(key));
    }

    @Override
    public java.util.Map<Long, PracticePatient> practicePatients(java.util.Collection<Long> patientIds) {
        StaffMember staff = signedInStaff();
        java.util.Map<Long, PracticePatient> named = new java.util.HashMap<>();
        core.get().patients().ofPractice(staff, patientIds).forEach((id, patient) -> named.put(id, toSpi(patient)));
        return named;
    }

    @Override
    public Optional<PracticePatient> findPracticePatient(String nhsNumber) {
        StaffMember staff = signedInStaff();
        NhsNumber number;
        try {
            number = new NhsNumber(nhsNumber == null ? "" : nhsNumber.replace(" ", ""));
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return core.get().patients().find(staff, number).map(PortalServiceAccess::toSpi);
    }

    @Override
    public void auditPatient(long patientId, String action, String detail) {
        StaffMember staff = signedInStaff();
        if (!core.get().patients().ofPractice(staff, List.of(patientId)).containsKey(patientId)) {
            throw new SecurityException("Not a patient of this practice.");
        }
        core.get().audit().entry(staff.actor(), action).patient(patientId).detail(detail).now(Outcome.SUCCESS);
    }

    private static StaffMember signedInStaff() {
        if (ApiCall.current().isPresent()) {
            throw new SecurityException("Sign in as practice staff.");
        }
        return PortalSignIn.staff().orElseThrow(() -> new SecurityException("Sign in as practice staff."));
    }

    private static PracticePatient toSpi(Patient patient) {
        return new PracticePatient(patient.id(), patient.displayName(), patient.nhsNumber().value(),
                patient.dateOfBirth(), patient.isRegistered());
    }

    @Override
    public void audit(String action, String detail) {
        Optional<StaffMember> staff = ApiCall.current().isPresent() ? Optional.empty() : PortalSignIn.staff();
        if (staff.isPresent()) {
            core.get().audit().entry(staff.get().actor(), action).detail(detail).now(Outcome.SUCCESS);
            return;
        }
        Acting acting = acting().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
        core.get().audit().entry(acting.citizen().actor().as(acting.patient().isSelf() ? ActingAs.SELF : ActingAs.PROXY),
                        action).patient(acting.patient().patientId()).account(acting.citizen().accountId())
                .detail(detail).now(Outcome.SUCCESS);
    }

    @Override
    public RecordAccess recordAccess() {
        CurrentCitizen citizen = require(CitizenService.RECORD);
        return recordAccess(citizen.actingFor().patientId());
    }

    @Override
    public RecordAccess recordAccessOf(long patientId) {
        StaffMember staff = signedInStaff();
        if (!core.get().patients().ofPractice(staff, List.of(patientId)).containsKey(patientId)) {
            throw new SecurityException("Not a patient of this practice.");
        }
        return recordAccess(patientId);
    }

    private RecordAccess recordAccess(long patientId) {
        Patient patient = core.get().transactions().read(em -> em.find(Patient.class, patientId));
        return new RecordAccess(patientId, RecordAccessLevel.valueOf(patient.recordAccessLevel().name()),
                patient.recordAccessFrom());
    }

    @Override
    public Optional<String> notifyCitizen(String accountId, String text) {
        StaffMember staff = signedInStaff();
        if (text == null || text.isBlank() || text.length() > NotificationOutbox.MAX_NOTICE) {
            throw new IllegalArgumentException("A notification is a short notice of at most "
                    + NotificationOutbox.MAX_NOTICE + " characters.");
        }
        boolean known = core.get().transactions().read(em -> em.createQuery(
                        "select count(v) from Vua v where v.accountId = :id and v.practice.id = :practice", Long.class)
                .setParameter("id", accountId).setParameter("practice", staff.practiceId()).getSingleResult() > 0);
        if (!known) {
            core.get().audit().entry(staff.actor(), AuditAction.CITIZEN_NOTIFICATION).account(accountId)
                    .detail("no such account at the practice").now(Outcome.DENIED);
            return Optional.empty();
        }
        // durable before we answer; the sender delivers it after this returns, and retries if it must
        core.get().outbox().enqueue(staff.practiceId(), accountId, text);
        core.get().audit().entry(staff.actor(), AuditAction.CITIZEN_NOTIFICATION).account(accountId)
                .detail("queued").now(Outcome.SUCCESS);
        notificationQueued.run();
        return Optional.of("QUEUED");
    }
}
