package org.citizenservices.core.internal.access;

import org.citizenservices.core.api.access.Caller;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.internal.audit.AuditTrailService;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.internal.notify.NotificationOutboxService;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.patient.PatientRegisterService;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.PracticePatient;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.ServiceNotAvailableException;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one service-access rule — module installed ∧ practice offers it ∧ patient has it ∧ live association with the
 * service registered ∧ record level — as the SPI's {@link ServiceAccess}, for every capability, in the portal and in
 * the patient API alike. The host only says who is asking ({@link Caller}); every decision and audit is made here.
 */
public final class ServiceAccessRule implements ServiceAccess {

    private final AccessDecisionsService decisions;
    private final PatientRegisterService patients;
    private final PracticeServicesService practices;
    private final NotificationOutboxService outbox;
    private final AuditTrailService audit;
    private final java.util.function.Predicate<StaffMember> staffCurrent;
    private final Caller caller;
    private final Runnable notificationQueued;

    /** {@code staffCurrent}: whether a practice user's session still holds (not disabled, re-roled or suspended). */
    public ServiceAccessRule(AccessDecisionsService decisions, PatientRegisterService patients,
                             PracticeServicesService practices, NotificationOutboxService outbox,
                             AuditTrailService audit, java.util.function.Predicate<StaffMember> staffCurrent,
                             Caller caller, Runnable notificationQueued) {
        this.decisions = decisions;
        this.patients = patients;
        this.practices = practices;
        this.outbox = outbox;
        this.audit = audit;
        this.staffCurrent = staffCurrent;
        this.caller = caller;
        this.notificationQueued = notificationQueued;
    }

    private record Acting(SignedInCitizen citizen, AccessDecisionsService.Subject subject) {
    }

    private Optional<Acting> acting() {
        Optional<SignedInCitizen> citizen = caller.citizen();
        Optional<Long> patientId = caller.actingForPatientId();
        if (citizen.isEmpty() || patientId.isEmpty()) {
            return Optional.empty();
        }
        return decisions.subject(citizen.get(), patientId.get()).map(subject -> new Acting(citizen.get(), subject));
    }

    @Override
    public Optional<CurrentCitizen> currentCitizen() {
        return acting().map(a -> a.subject().currentCitizen(a.citizen()));
    }

    @Override
    public boolean isAvailable(CitizenService service) {
        return acting().map(a -> decisions.decide(a.citizen(), a.subject().actingFor().patientId(), service)
                .isEmpty()).orElse(false);
    }

    @Override
    public CurrentCitizen require(CitizenService service) {
        Acting acting = requireActing(service);
        return acting.subject().currentCitizen(acting.citizen());
    }

    /** One look-up of the facts serves both the decision and what the caller reads next. */
    private Acting requireActing(CitizenService service) {
        Acting acting = acting().orElseThrow(() -> new ServiceNotAvailableException(service,
                "Sign in to use this service."));
        decisions.require(acting.citizen(), acting.subject().actingFor().patientId(), service);
        return acting;
    }

    @Override
    public Optional<CurrentStaff> currentStaff() {
        return caller.staff().map(member -> new CurrentStaff(member.username(), member.displayName(),
                member.odsCode(), roles(member)));
    }

    /** The SPI roles a practice user holds: their staff roles, and STAFF for everyone. */
    public static Set<Role> roles(StaffMember member) {
        Set<Role> roles = EnumSet.of(Role.STAFF);
        for (StaffRole role : member.roles()) {
            roles.add(switch (role) {
                case RECEPTIONIST -> Role.RECEPTIONIST;
                case CLINICIAN -> Role.CLINICIAN;
                case PRACTICE_ADMIN -> Role.PRACTICE_ADMIN;
            });
        }
        return roles;
    }

    @Override
    public CurrentStaff requireStaff(Role role) {
        CurrentStaff staff = currentStaff().orElseThrow(() -> new SecurityException("Sign in as practice staff."));
        // a module's staff action asks here before it changes anything: a page left open by someone disabled, moved
        // to another role or whose practice was suspended meanwhile cannot act
        if (!staffCurrent.test(caller.staff().orElseThrow())) {
            throw new SecurityException("You have been signed out: your account was changed. Sign in again.");
        }
        if (!staff.has(role)) {
            throw new SecurityException("Your role does not allow this.");
        }
        return staff;
    }

    @Override
    public Optional<String> practiceSetting(String key) {
        return caller.practiceId().map(id -> practices.settings(id).get(key));
    }

    @Override
    public Map<Long, PracticePatient> practicePatients(Collection<Long> patientIds) {
        Map<Long, PracticePatient> named = new HashMap<>();
        patients.ofPractice(signedInStaff(), patientIds).forEach((id, patient) -> named.put(id, toSpi(patient)));
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
        return patients.find(staff, number).map(ServiceAccessRule::toSpi);
    }

    @Override
    public void auditPatient(long patientId, String action, String detail) {
        StaffMember staff = signedInStaff();
        ownPatient(staff, patientId);
        audit.entry(staff.actor(), action).patient(patientId).detail(detail).now(Outcome.SUCCESS);
    }

    @Override
    public void audit(String action, String detail) {
        Optional<StaffMember> staff = caller.staff();
        if (staff.isPresent()) {
            audit.entry(staff.get().actor(), action).detail(detail).now(Outcome.SUCCESS);
            return;
        }
        Acting acting = acting().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
        ActingAs as = acting.subject().actingFor().isSelf() ? ActingAs.SELF : ActingAs.PROXY;
        audit.entry(acting.citizen().actor().as(as), action).patient(acting.subject().actingFor().patientId())
                .account(acting.citizen().accountId()).detail(detail).now(Outcome.SUCCESS);
        caller.audited();
    }

    @Override
    public RecordAccess recordAccess() {
        return requireActing(CitizenService.RECORD).subject().recordAccess();
    }

    @Override
    public RecordAccess recordAccessOf(long patientId) {
        ownPatient(signedInStaff(), patientId);
        return patients.recordAccessOf(patientId);
    }

    @Override
    public Optional<String> notifyCitizen(String accountId, String text) {
        if (!outbox.enqueueFromStaff(signedInStaff(), accountId, text)) {
            return Optional.empty();
        }
        notificationQueued.run();
        return Optional.of("QUEUED");
    }

    @Override
    public int notifyPatient(long patientId, CitizenService service, String text) {
        return notified(outbox.enqueueForPatient(patientId, service, text));
    }

    @Override
    public int notifyPatientOnly(long patientId, CitizenService service, String text) {
        return notified(outbox.enqueueForPatientOnly(patientId, service, text));
    }

    private int notified(int told) {
        if (told > 0) {
            notificationQueued.run();
        }
        return told;
    }

    @Override
    public void setRecordAccess(long patientId, org.citizenservices.spi.RecordAccessLevel level,
                                java.time.LocalDate from) {
        try {
            patients.setRecordAccess(signedInStaff(), patientId, level, from);
        } catch (org.citizenservices.core.api.service.NotFoundException notOurs) {
            throw new SecurityException("Not a patient of this practice.");
        } catch (org.citizenservices.core.api.service.NotPermittedException notAllowed) {
            throw new SecurityException(notAllowed.getMessage());
        }
    }

    @Override
    public RecordAccess configuredRecordAccess(long patientId) {
        return patients.recordAccessOf(patientId);
    }

    private Patient ownPatient(StaffMember staff, long patientId) {
        Patient patient = patients.ofPractice(staff, List.of(patientId)).get(patientId);
        if (patient == null) {
            throw new SecurityException("Not a patient of this practice.");
        }
        return patient;
    }

    private StaffMember signedInStaff() {
        return caller.staff().orElseThrow(() -> new SecurityException("Sign in as practice staff."));
    }

    private static PracticePatient toSpi(Patient patient) {
        return new PracticePatient(patient.id(), patient.displayName(), patient.nhsNumber().value(),
                patient.dateOfBirth(), patient.isRegistered());
    }
}
