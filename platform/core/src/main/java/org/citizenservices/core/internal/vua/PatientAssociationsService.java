package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.api.vua.PatientAssociations;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.HistoryKind;
import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.patient.PatientRegisterService;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.spi.CitizenService;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The patient associations of Verified User Accounts, as practice users manage them: a citizen's own access (SELF)
 * or a proxy's (PROXY) with the services registered for it, changed, reviewed at 11+ and ended — each checked against
 * the staff member's role and practice, in the account's history and the audit trail, with the account's status
 * following the rule.
 */
public final class PatientAssociationsService extends AccountService implements PatientAssociations {


    public PatientAssociationsService(CoreContext context, AccountStatusRule statusRule) {
        super(context, statusRule);
    }

    /** Every association of a patient, live and ended, for the patient page. */
    public List<PatientAssociation> associationsForPatient(StaffMember staff, long patientId) {
        StaffPermission.VIEW_PATIENTS.check(staff);
        return transactions.read(em -> {
            Patient patient = PatientRegisterService.ownPatient(em, staff, patientId);
            return em.createQuery("select a from PatientAssociation a where a.patient = :patient"
                    + " order by a.startDate desc, a.id desc", PatientAssociation.class)
                    .setParameter("patient", patient).getResultList();
        });
    }

    /** Proxy associations waiting for the 11+ review at the staff member's practice. */
    public List<PatientAssociation> reviewsDue(StaffMember staff) {
        StaffPermission.VIEW_PATIENTS.check(staff);
        LocalDate today = Times.today(clock);
        LocalDate bornBefore = today.minusYears(PatientAssociation.REVIEW_AGE).plusDays(1);
        return transactions.read(em -> em.createQuery("select a from PatientAssociation a where a.patient.practice.id = :practice"
                                + " and a.associationType = :proxy and a.endDate is null and a.patient.dateOfBirth < :born",
                        PatientAssociation.class)
                .setParameter("practice", staff.practiceId()).setParameter("proxy", AssociationType.PROXY)
                .setParameter("born", bornBefore).getResultList()
                .stream().filter(a -> a.needsReviewOn(today)).toList());
    }

    public PatientAssociation associate(StaffMember staff, long vuaId, long patientId, AssociationRequest request) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        return transactions.write(em -> {
            Vua vua = VuaAccountsService.ownAccount(em, staff, vuaId);
            Patient patient = PatientRegisterService.ownPatient(em, staff, patientId);
            return associate(em, vua, patient, request, staff.actor());
        });
    }

    /** Associates in the caller's transaction, without a staff check: for the demo data and imports. */
    public PatientAssociation associate(EntityManager em, Vua vua, Patient patient, AssociationRequest request, Actor actor) {
        LocalDate today = Times.today(clock);
        if (!patient.isRegistered()) {
            throw new RuleViolationException(patient.displayName() + " is not registered at the practice ("
                    + patient.registrationStatus().name().toLowerCase(Locale.ROOT) + ").");
        }
        List<PatientAssociation> existing = AccountStatusRule.associationsOf(em, vua).stream()
                .filter(a -> a.endDate() == null).toList();
        if (existing.stream().anyMatch(a -> a.patient().id().equals(patient.id()))) {
            throw new RuleViolationException("This account already has access for " + patient.displayName()
                    + "; change or end that association instead.");
        }
        if (request.type() == AssociationType.SELF) {
            if (existing.stream().anyMatch(a -> a.type() == AssociationType.SELF)) {
                throw new RuleViolationException("An account can be the patient's own account for one patient only.");
            }
            boolean patientHasSelf = !em.createQuery("select a.id from PatientAssociation a where a.patient = :patient"
                            + " and a.associationType = :self and a.endDate is null")
                    .setParameter("patient", patient).setParameter("self", AssociationType.SELF)
                    .getResultList().isEmpty();
            if (patientHasSelf) {
                throw new RuleViolationException(patient.displayName()
                        + " already has their own online account; a person has one account per practice.");
            }
        }
        PatientAssociation association = new PatientAssociation(vua, patient, request, actor.label());
        em.persist(association);
        em.flush();
        history.record(em, vua, HistoryKind.PATIENT_ASSOCIATION, request.type() + " association with "
                + patient.displayName() + " (" + request.relationship().label() + ", consent "
                + request.consentMethod().label().toLowerCase(Locale.ROOT) + ") from " + request.startDate(), actor);
        if (request.type() == AssociationType.PROXY) {
            history.record(em, vua, HistoryKind.SERVICE_REGISTRATION, "Services registered for " + patient.displayName()
                    + ": " + keys(association.services()), actor);
        }
        audit.entry(actor, AuditAction.ASSOCIATION_ADDED).patient(patient.id()).account(vua.accountId().value())
                .detail(request.type().name()).in(em, Outcome.SUCCESS);
        statusRule.apply(em, vua, actor, "patient association added");
        return association;
    }

    /** Changes the services registered on a proxy association. */
    public void changeServices(StaffMember staff, long associationId, Set<CitizenService> services) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        transactions.write(em -> {
            PatientAssociation association = ownAssociation(em, staff, associationId);
            registerServices(em, association, services, staff.actor(), AuditAction.ASSOCIATION_CHANGED);
            return null;
        });
    }

    /**
     * The live proxy associations to these patients of a practice register one more service, each recorded and
     * audited as a registration by staff is: how a demo installation offers a capability installed after it was seeded.
     */
    public void registerAlso(EntityManager em, long practiceId, CitizenService service, Set<String> nhsNumbers,
                             Actor actor) {
        if (nhsNumbers.isEmpty()) {
            return;
        }
        em.createQuery("select a from PatientAssociation a where a.patient.practice.id = :practice"
                        + " and a.patient.nhsNumber in :nhs and a.associationType = :proxy and a.endDate is null",
                        PatientAssociation.class)
                .setParameter("practice", practiceId).setParameter("nhs", nhsNumbers)
                .setParameter("proxy", AssociationType.PROXY).getResultList().stream()
                .filter(a -> !a.services().contains(service))
                .forEach(a -> {
                    Set<CitizenService> more = new java.util.HashSet<>(a.services());
                    more.add(service);
                    registerServices(em, a, more, actor, AuditAction.ASSOCIATION_CHANGED);
                });
    }

    private void registerServices(EntityManager em, PatientAssociation association, Set<CitizenService> services,
                                  Actor actor, AuditAction action) {
        if (association.type() != AssociationType.PROXY) {
            throw new RuleViolationException("A patient's own access uses the patient's service switches.");
        }
        if (association.endDate() != null) {
            throw new RuleViolationException("This association has ended.");
        }
        if (services == null || services.isEmpty()) {
            throw new InvalidValueException("Choose at least one service, or end the association instead.");
        }
        association.services(services);
        history.record(em, association.vua(), HistoryKind.SERVICE_REGISTRATION, "Services registered for "
                + association.patient().displayName() + ": " + keys(association.services()), actor);
        audit.entry(actor, action).patient(association.patient().id())
                .account(association.vua().accountId().value()).detail(keys(association.services()))
                .in(em, Outcome.SUCCESS);
    }

    public void endAssociation(StaffMember staff, long associationId, String reason) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        String why = FreeText.reason(reason, FreeText.REASON, "Give a reason for ending the access.");
        transactions.write(em -> {
            PatientAssociation association = ownAssociation(em, staff, associationId);
            if (association.endDate() != null) {
                throw new RuleViolationException("This association has already ended.");
            }
            association.end(Times.today(clock), why);
            Vua vua = association.vua();
            history.record(em, vua, HistoryKind.PATIENT_ASSOCIATION, association.type() + " association with "
                    + association.patient().displayName() + " ended: " + why, staff.actor());
            audit.entry(staff.actor(), AuditAction.ASSOCIATION_ENDED).patient(association.patient().id())
                    .account(vua.accountId().value()).detail(association.type().name()).in(em, Outcome.SUCCESS);
            em.flush();
            statusRule.apply(em, vua, staff.actor(), "patient association ended");
            return null;
        });
    }

    /**
     * Records the 11+ review of a proxy's access: the clinician confirms the services the proxy keeps (narrowed,
     * never widened by the review), or ends the association separately.
     */
    public void reviewAssociation(StaffMember staff, long associationId, Set<CitizenService> keptServices) {
        StaffPermission.REVIEW_PROXY_ACCESS.check(staff);
        transactions.write(em -> {
            PatientAssociation association = ownAssociation(em, staff, associationId);
            if (association.type() != AssociationType.PROXY || association.endDate() != null) {
                throw new RuleViolationException("Only a current proxy association is reviewed.");
            }
            if (!association.services().containsAll(keptServices == null ? Set.of() : keptServices)) {
                throw new RuleViolationException("A review can keep or remove services, not add them.");
            }
            registerServices(em, association, keptServices, staff.actor(), AuditAction.ASSOCIATION_REVIEWED);
            association.reviewed(Times.today(clock));
            history.record(em, association.vua(), HistoryKind.PATIENT_ASSOCIATION, "Proxy access for "
                    + association.patient().displayName() + " reviewed", staff.actor());
            return null;
        });
    }

    private static String keys(Set<CitizenService> services) {
        return services.stream().map(CitizenService::key).sorted().collect(Collectors.joining(", "));
    }

    private static PatientAssociation ownAssociation(EntityManager em, StaffMember staff, long associationId) {
        PatientAssociation association = em.find(PatientAssociation.class, associationId);
        if (association == null || !association.vua().practice().id().equals(staff.practiceId())) {
            throw new NotFoundException("No association with that reference at this practice.");
        }
        return association;
    }
}
