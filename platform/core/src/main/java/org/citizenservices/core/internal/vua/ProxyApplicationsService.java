package org.citizenservices.core.internal.vua;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.ConsentMethod;
import org.citizenservices.core.api.vua.HistoryKind;
import org.citizenservices.core.api.vua.ProxyApplications;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.spi.CitizenService;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * Online proxy applications ({@link ProxyApplications}): for a child under 11 (parental responsibility, no consent
 * asked), or for someone of 16 or over who consents; a young person of 11 to 15 is for a conversation at the practice,
 * not a form. Whom the citizen names is found only by NHS number, surname and date of birth together, and any
 * mismatch gets the same answer, so the form tells a stranger nothing about who is registered.
 */
public final class ProxyApplicationsService extends AccountService implements ProxyApplications {

    private static final String NOT_FOUND = "We could not find a patient registered at your practice with those"
            + " details. Check the NHS number, surname and date of birth.";
    private static final int MAX_EVIDENCE = 1000;

    private final PatientAssociationsService associations;
    private final ProxyAccessDates.Notices notices;

    public ProxyApplicationsService(CoreContext context, AccountStatusRule statusRule,
                                    ProxyAccessDates.Notices notices) {
        super(context, statusRule);
        this.associations = new PatientAssociationsService(context, statusRule);
        this.notices = notices;
    }

    @Override
    public Applied apply(SignedInCitizen citizen, Application application) {
        if (application.relationship() == null || application.relationship() == Relationship.SELF) {
            throw new InvalidValueException("Choose how you are related to the person.");
        }
        if (application.services() == null || application.services().isEmpty()) {
            throw new InvalidValueException("Choose at least one service you would use for them.");
        }
        if (application.dateOfBirth() == null || application.familyName() == null
                || application.familyName().isBlank()) {
            throw new InvalidValueException("Enter their surname and date of birth.");
        }
        NhsNumber nhsNumber = new NhsNumber(application.nhsNumber() == null ? "" : application.nhsNumber());
        String evidence = FreeText.reason(application.evidence(), MAX_EVIDENCE, "Say how you are related to them,"
                + " and why you need to act for them online.");
        return transactions.write(em -> {
            Vua applicant = activeApplicant(em, citizen);
            Patient patient = named(em, applicant, nhsNumber, application);
            LocalDate today = Times.today(clock);
            int age = Period.between(patient.dateOfBirth(), today).getYears();
            if (age >= PatientAssociation.REVIEW_AGE && age < PatientAssociation.CAPACITY_AGE) {
                throw new RuleViolationException("For a young person aged 11 to 15 the practice talks with them"
                        + " first: please contact the practice to ask for access.");
            }
            if (AccountStatusRule.associationsOf(em, applicant).stream().anyMatch(a -> a.endDate() == null
                    && a.patient().id().equals(patient.id()))) {
                throw new RuleViolationException("You can already use online services for " + patient.displayName()
                        + ".");
            }
            boolean pending = !em.createQuery("select p.id from ProxyApplication p where p.applicant = :vua"
                            + " and p.patient = :patient and p.status in :open", Long.class)
                    .setParameter("vua", applicant).setParameter("patient", patient)
                    .setParameter("open", List.of(Status.AWAITING_CONSENT, Status.AWAITING_PRACTICE))
                    .getResultList().isEmpty();
            if (pending) {
                throw new RuleViolationException("You have applied to act for " + patient.displayName()
                        + " already; the practice will reply.");
            }
            ProxyApplication made = new ProxyApplication(applicant, patient, age < PatientAssociation.REVIEW_AGE,
                    application.relationship(), application.services(), evidence, Times.now(clock));
            em.persist(made);
            if (!made.forChild()) {
                // someone asking to act for an adult is news to that adult, whoever then consents
                ProxyAccessDates.ownAccount(em, patient, today).ifPresent(own -> ProxyAccessDates.tell(notices, em,
                        own, applicant.displayName() + " has asked to act for you online at "
                                + patient.practice().name() + ". Sign in to say whether you agree."));
            }
            history.record(em, applicant, HistoryKind.PATIENT_ASSOCIATION, "Applied online to act for "
                    + patient.displayName(), citizen.actor());
            audit.entry(citizen.actor(), AuditAction.PROXY_APPLIED).patient(patient.id())
                    .account(citizen.accountId()).detail(made.forChild() ? "CHILD" : "ADULT").in(em, Outcome.SUCCESS);
            em.flush();
            return view(made);
        });
    }

    @Override
    public List<Acting> actingFor(SignedInCitizen citizen) {
        LocalDate today = Times.today(clock);
        return transactions.read(em -> AccountStatusRule.associationsOf(em, em.find(Vua.class, citizen.vuaId()))
                .stream().filter(a -> a.type() == AssociationType.PROXY && a.isLiveOn(today))
                .map(a -> new Acting(a.patient().displayName(), a.relationship(), a.accessUntil())).toList());
    }

    @Override
    public List<Applied> mine(SignedInCitizen citizen) {
        return transactions.read(em -> em.createQuery("select p from ProxyApplication p where p.applicant.id = :vua"
                        + " order by p.appliedAt desc, p.id desc", ProxyApplication.class)
                .setParameter("vua", citizen.vuaId()).getResultList().stream().map(ProxyApplicationsService::view)
                .toList());
    }

    @Override
    public List<Applied> awaitingMyConsent(SignedInCitizen citizen) {
        return transactions.read(em -> {
            Patient own = ownPatient(em, citizen);
            return own == null ? List.<Applied>of() : em.createQuery("select p from ProxyApplication p where"
                            + " p.patient = :patient and p.status = :awaiting order by p.appliedAt", ProxyApplication.class)
                    .setParameter("patient", own).setParameter("awaiting", Status.AWAITING_CONSENT).getResultList()
                    .stream().map(ProxyApplicationsService::view).toList();
        });
    }

    @Override
    public void consent(SignedInCitizen citizen, long applicationId, boolean consents) {
        transactions.write(em -> {
            ProxyApplication application = em.find(ProxyApplication.class, applicationId,
                    LockModeType.PESSIMISTIC_WRITE);
            Patient own = ownPatient(em, citizen);
            if (application == null || own == null || !application.patient().id().equals(own.id())) {
                throw new NotFoundException("There is no such application to act for you.");
            }
            requireStatus(application, Status.AWAITING_CONSENT);
            if (consents) {
                application.consented(ProxyApplication.ONLINE, Times.now(clock));
            } else {
                application.declined("The patient did not give their consent.", citizen.label(), Times.now(clock));
                tellApplicant(em, application);
            }
            audit.entry(citizen.actor(), consents ? AuditAction.PROXY_APPLICATION_CONSENTED
                            : AuditAction.PROXY_APPLICATION_DECLINED).patient(own.id())
                    .account(application.applicant().accountId().value()).detail("BY_PATIENT").in(em, Outcome.SUCCESS);
            return null;
        });
    }

    @Override
    public List<Applied> toDecide(StaffMember staff) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        return transactions.read(em -> em.createQuery("select p from ProxyApplication p where p.practiceId = :practice"
                        + " and p.status in :open order by p.appliedAt, p.id", ProxyApplication.class)
                .setParameter("practice", staff.practiceId())
                .setParameter("open", List.of(Status.AWAITING_CONSENT, Status.AWAITING_PRACTICE)).getResultList()
                .stream().map(ProxyApplicationsService::view).toList());
    }

    @Override
    public void recordWrittenConsent(StaffMember staff, long applicationId) {
        decide(staff, applicationId, Status.AWAITING_CONSENT, AuditAction.PROXY_APPLICATION_CONSENTED, (em, app) ->
                app.consented(ProxyApplication.WRITTEN, Times.now(clock)));
    }

    @Override
    public void approve(StaffMember staff, long applicationId, Set<CitizenService> services, LocalDate accessUntil) {
        decide(staff, applicationId, Status.AWAITING_PRACTICE, AuditAction.PROXY_APPLICATION_APPROVED, (em, app) -> {
            boolean child = app.forChild();
            AssociationRequest request = new AssociationRequest(AssociationType.PROXY, app.relationship(),
                    child ? ConsentMethod.NOT_REQUIRED : ConsentMethod.WRITTEN,
                    child ? "Parental responsibility for a child under 11, stated in an online application" : null,
                    ProxyApplication.ONLINE.equals(app.consent()) ? "Consent confirmed online from the patient's own"
                            + " account" : child ? null : "Written consent recorded by the practice", services,
                    Times.today(clock), accessUntil);
            PatientAssociation made = associations.associate(em, app.applicant(), app.patient(), request,
                    staff.actor());
            app.approved(made.id(), staff.actor().label(), Times.now(clock));
        });
    }

    @Override
    public void decline(StaffMember staff, long applicationId, String reason) {
        String why = FreeText.reason(reason, FreeText.REASON, "Give the reason the applicant will read.");
        decide(staff, applicationId, null, AuditAction.PROXY_APPLICATION_DECLINED, (em, app) ->
                app.declined(why, staff.actor().label(), Times.now(clock)));
    }

    /** One of the staff member's practice's applications, locked, in {@code from} (null: either open status). */
    private void decide(StaffMember staff, long applicationId, Status from, AuditAction action,
                        java.util.function.BiConsumer<EntityManager, ProxyApplication> change) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        transactions.write(em -> {
            ProxyApplication application = em.find(ProxyApplication.class, applicationId,
                    LockModeType.PESSIMISTIC_WRITE);
            if (application == null || !application.practiceId().equals(staff.practiceId())) {
                throw new NotFoundException("There is no such application at this practice.");
            }
            if (from != null) {
                requireStatus(application, from);
            } else if (application.status() == Status.APPROVED || application.status() == Status.DECLINED) {
                throw new RuleViolationException("This application has been decided already.");
            }
            change.accept(em, application);
            if (application.status() == Status.APPROVED || application.status() == Status.DECLINED) {
                tellApplicant(em, application);
            }
            audit.entry(staff.actor(), action).patient(application.patient().id())
                    .account(application.applicant().accountId().value()).detail("BY_PRACTICE")
                    .in(em, Outcome.SUCCESS);
            return null;
        });
    }

    /** The applicant hears that their application was answered; what the answer is, they read when signed in. */
    private void tellApplicant(EntityManager em, ProxyApplication application) {
        ProxyAccessDates.tell(notices, em, application.applicant(), "Your application to act for "
                + application.patient().displayName() + " has been answered. Sign in to see it.");
    }

    private static void requireStatus(ProxyApplication application, Status wanted) {
        if (application.status() != wanted) {
            throw new RuleViolationException(switch (application.status()) {
                case AWAITING_CONSENT -> "This application is still waiting for the patient's consent.";
                case AWAITING_PRACTICE -> "The patient's consent is already given.";
                case APPROVED, DECLINED -> "This application has been decided already.";
            });
        }
    }

    private Vua activeApplicant(EntityManager em, SignedInCitizen citizen) {
        Vua vua = em.find(Vua.class, citizen.vuaId());
        if (vua == null || vua.status() != VuaStatus.ACTIVE) {
            throw new RuleViolationException("Your online account needs to be active to apply.");
        }
        return vua;
    }

    private static Patient named(EntityManager em, Vua applicant, NhsNumber nhsNumber, Application application) {
        return em.createQuery("select p from Patient p where p.practice = :practice and p.nhsNumber = :nhs",
                        Patient.class).setParameter("practice", applicant.practice())
                .setParameter("nhs", nhsNumber.value()).getResultStream()
                .filter(Patient::isRegistered)
                .filter(p -> p.dateOfBirth().equals(application.dateOfBirth()))
                .filter(p -> p.name().familyName().equalsIgnoreCase(application.familyName().trim()))
                .findFirst().orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** The signed-in citizen's own patient (their live SELF association), or null. */
    private Patient ownPatient(EntityManager em, SignedInCitizen citizen) {
        LocalDate today = Times.today(clock);
        return AccountStatusRule.associationsOf(em, em.find(Vua.class, citizen.vuaId())).stream()
                .filter(a -> a.type() == AssociationType.SELF && a.isLiveOn(today))
                .map(PatientAssociation::patient).findFirst().orElse(null);
    }

    private static Applied view(ProxyApplication p) {
        return new Applied(p.id(), p.applicant().displayName(), p.applicant().accountId().value(),
                p.patient().displayName(), p.patient().id(), p.forChild(), p.relationship(), p.services(),
                p.evidence(), p.status(), p.consent(), p.appliedAt(), p.declineReason());
    }
}
