package org.citizenservices.core.vua;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.access.AssociationType;
import org.citizenservices.core.audit.Actor;
import org.citizenservices.core.audit.AuditAction;
import org.citizenservices.core.audit.AuditTrail;
import org.citizenservices.core.audit.Outcome;
import org.citizenservices.core.domain.ContactDetails;
import org.citizenservices.core.domain.FreeText;
import org.citizenservices.core.domain.InvalidValueException;
import org.citizenservices.core.domain.LinkageKey;
import org.citizenservices.core.domain.PersonName;
import org.citizenservices.core.domain.VuaId;
import org.citizenservices.core.patient.Patient;
import org.citizenservices.core.patient.PatientRegister;
import org.citizenservices.core.practice.Practice;
import org.citizenservices.core.security.SecretHasher;
import org.citizenservices.core.service.NotFoundException;
import org.citizenservices.core.service.RuleViolationException;
import org.citizenservices.core.service.StaffMember;
import org.citizenservices.core.service.StaffPermission;
import org.citizenservices.core.service.Times;
import org.citizenservices.core.service.Transactions;
import org.citizenservices.spi.CitizenService;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verified User Accounts as practice users manage them: create, edit, verify identity, associate with patients,
 * issue or reset the linkage key, suspend and reinstate, and the full details with history. Each call is checked
 * against the staff member's role and practice, changes the status only through {@link AccountStatusRule}, and
 * writes the account's history and the audit trail in the same transaction.
 */
public final class VuaAccounts {

    private static final String ID_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Transactions transactions;
    private final AuditTrail audit;
    private final AccountStatusRule statusRule;
    private final SecretHasher hasher;
    private final SessionRevocations revocations;
    private final Clock clock;

    public VuaAccounts(Transactions transactions, AuditTrail audit, AccountStatusRule statusRule, SecretHasher hasher,
                       SessionRevocations revocations, Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.statusRule = statusRule;
        this.hasher = hasher;
        this.revocations = revocations;
        this.clock = clock;
    }

    // ---- creating and finding ---------------------------------------------------------------------------------

    /** A new account, INACTIVE, with a generated account ID and no linkage key yet. */
    public Vua create(StaffMember staff, NewAccount details) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        return transactions.write(em -> {
            Vua vua = create(em, em.find(Practice.class, staff.practiceId()), newAccountId(em), details, staff.actor());
            return vua;
        });
    }

    /**
     * Creates an account with the given ID in the caller's transaction, without a staff check: for the demo data
     * and imports. Audited and in its history like every other creation.
     */
    public Vua create(EntityManager em, Practice practice, VuaId accountId, NewAccount details, Actor actor) {
        Vua vua = new Vua(practice, accountId, details.name(), details.dateOfBirth(), details.contact(),
                Times.now(clock), actor.label());
        vua.contactPreference(details.contactPreference());
        em.persist(vua);
        em.flush();
        history(em, vua, HistoryKind.CREATION, "Account " + accountId + " created for " + details.name().display()
                + ", status INACTIVE", actor);
        audit.entry(actor, AuditAction.ACCOUNT_CREATED).account(accountId.value()).practice(practice.id())
                .in(em, Outcome.SUCCESS);
        return vua;
    }

    private VuaId newAccountId(EntityManager em) {
        while (true) {
            StringBuilder id = new StringBuilder(10);
            for (int i = 0; i < 4; i++) {
                id.append(ID_LETTERS.charAt(RANDOM.nextInt(ID_LETTERS.length())));
            }
            for (int i = 0; i < 6; i++) {
                id.append((char) ('0' + RANDOM.nextInt(10)));
            }
            boolean taken = !em.createQuery("select v.id from Vua v where v.accountId = :id")
                    .setParameter("id", id.toString()).getResultList().isEmpty();
            if (!taken) {
                return new VuaId(id.toString());
            }
        }
    }

    /** Accounts of the practice by account ID or the start of a name. */
    public List<Vua> search(StaffMember staff, String query) {
        StaffPermission.VIEW_PATIENTS.check(staff);
        String text = FreeText.search(query, "Enter at least two characters of a name or an account ID.");
        String like = text.toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return transactions.read(em -> em.createQuery("select v from Vua v where v.practice.id = :practice and "
                        + "(v.accountId = :id or upper(v.demographics.familyName) like :like or upper(v.demographics.forenames) like :like)"
                        + " order by v.demographics.familyName, v.demographics.forenames", Vua.class)
                .setParameter("practice", staff.practiceId()).setParameter("id", text.toUpperCase(Locale.ROOT))
                .setParameter("like", like).setMaxResults(50).getResultList());
    }

    /** The account page: everything about it, audited as a look at the account. */
    public AccountDetails details(StaffMember staff, long vuaId) {
        StaffPermission.VIEW_PATIENTS.check(staff);
        return transactions.write(em -> {
            Vua vua = ownAccount(em, staff, vuaId);
            audit.entry(staff.actor(), AuditAction.ACCOUNT_VIEWED).account(vua.accountId().value())
                    .in(em, Outcome.SUCCESS);
            return new AccountDetails(vua, statusRule.conditions(em, vua),
                    em.createQuery("select v from IdentityVerification v where v.vua = :vua order by v.recordedAt desc",
                            IdentityVerification.class).setParameter("vua", vua).getResultList(),
                    AccountStatusRule.associationsOf(em, vua),
                    em.createQuery("select l from AccountLinkage l where l.vua = :vua order by l.createdAt desc, l.id desc",
                            AccountLinkage.class).setParameter("vua", vua).getResultList(),
                    em.createQuery("select h from VuaHistoryEntry h where h.vuaId = :vua order by h.occurredAt desc, h.id desc",
                            VuaHistoryEntry.class).setParameter("vua", vua.id()).getResultList());
        });
    }

    /** Every association of a patient, live and ended, for the patient page. */
    public List<PatientAssociation> associationsForPatient(StaffMember staff, long patientId) {
        StaffPermission.VIEW_PATIENTS.check(staff);
        return transactions.read(em -> {
            Patient patient = PatientRegister.ownPatient(em, staff, patientId);
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

    // ---- demographics and preferences -------------------------------------------------------------------------

    public void editDetails(StaffMember staff, long vuaId, PersonName name, LocalDate dateOfBirth,
                            ContactDetails contact) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        NewAccount checked = new NewAccount(name, dateOfBirth, contact, null);
        transactions.write(em -> {
            Vua vua = ownAccount(em, staff, vuaId);
            List<String> changes = new ArrayList<>();
            if (!vua.name().equals(checked.name())) {
                changes.add("name from " + vua.name().display() + " to " + checked.name().display());
            }
            if (!vua.dateOfBirth().equals(checked.dateOfBirth())) {
                changes.add("date of birth from " + vua.dateOfBirth() + " to " + checked.dateOfBirth());
            }
            if (!vua.contact().equals(checked.contact())) {
                changes.add(contactChanges(vua.contact(), checked.contact()));
            }
            if (changes.isEmpty()) {
                return null;
            }
            vua.rename(checked.name());
            vua.dateOfBirth(checked.dateOfBirth());
            vua.contact(checked.contact());
            history(em, vua, HistoryKind.DEMOGRAPHICS, "Changed " + String.join("; ", changes), staff.actor());
            audit.entry(staff.actor(), AuditAction.ACCOUNT_DETAILS_CHANGED).account(vua.accountId().value())
                    .in(em, Outcome.SUCCESS);
            return null;
        });
    }

    private static String contactChanges(ContactDetails before, ContactDetails after) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(before.address(), after.address()) || !Objects.equals(before.postcode(), after.postcode())) {
            parts.add("address");
        }
        if (!Objects.equals(before.telephone(), after.telephone())) {
            parts.add("telephone");
        }
        if (!Objects.equals(before.email(), after.email())) {
            parts.add("email");
        }
        return String.join(", ", parts);
    }

    public void setContactPreference(StaffMember staff, long vuaId, ContactPreference preference) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        if (preference == null) {
            throw new InvalidValueException("Choose how the person prefers to be contacted.");
        }
        transactions.write(em -> {
            Vua vua = ownAccount(em, staff, vuaId);
            if (vua.contactPreference() != preference) {
                history(em, vua, HistoryKind.PREFERENCES, "Contact preference from " + vua.contactPreference()
                        + " to " + preference, staff.actor());
                vua.contactPreference(preference);
                audit.entry(staff.actor(), AuditAction.ACCOUNT_PREFERENCES_CHANGED).account(vua.accountId().value())
                        .in(em, Outcome.SUCCESS);
            }
            return null;
        });
    }

    // ---- identity verification --------------------------------------------------------------------------------

    public IdentityVerification verifyIdentity(StaffMember staff, long vuaId, IdentityCheck check) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        if (check.verifiedOn().isAfter(Times.today(clock))) {
            throw new InvalidValueException("The verification date cannot be in the future.");
        }
        return transactions.write(em -> verifyIdentity(em, ownAccount(em, staff, vuaId), check, staff.actor()));
    }

    /** Records a verification in the caller's transaction, without a staff check: for the demo data and imports. */
    public IdentityVerification verifyIdentity(EntityManager em, Vua vua, IdentityCheck check, Actor actor) {
        IdentityVerification verification = new IdentityVerification(vua, check, actor.label(), Times.now(clock));
        em.persist(verification);
        em.flush();
        history(em, vua, HistoryKind.IDENTITY_VERIFICATION, verification.summary(), actor);
        audit.entry(actor, AuditAction.IDENTITY_VERIFIED).account(vua.accountId().value())
                .practice(vua.practice().id()).detail(check.method().name()).in(em, Outcome.SUCCESS);
        statusRule.apply(em, vua, actor, "identity verified");
        return verification;
    }

    /** The uploaded evidence of a verification, for staff to open; audited. */
    public IdentityCheck.Evidence evidence(StaffMember staff, long verificationId) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        return transactions.write(em -> {
            IdentityVerification verification = em.find(IdentityVerification.class, verificationId);
            if (verification == null || !verification.vua().practice().id().equals(staff.practiceId())
                    || verification.evidenceFileName() == null) {
                throw new NotFoundException("No evidence file with that reference at this practice.");
            }
            audit.entry(staff.actor(), AuditAction.EVIDENCE_VIEWED).account(verification.vua().accountId().value())
                    .in(em, Outcome.SUCCESS);
            return new IdentityCheck.Evidence(verification.evidenceFileName(), verification.evidenceContentType(),
                    verification.evidence());
        });
    }

    // ---- patient associations ---------------------------------------------------------------------------------

    public PatientAssociation associate(StaffMember staff, long vuaId, long patientId, AssociationRequest request) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        return transactions.write(em -> {
            Vua vua = ownAccount(em, staff, vuaId);
            Patient patient = PatientRegister.ownPatient(em, staff, patientId);
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
        history(em, vua, HistoryKind.PATIENT_ASSOCIATION, request.type() + " association with "
                + patient.displayName() + " (" + request.relationship().label() + ", consent "
                + request.consentMethod().label().toLowerCase(Locale.ROOT) + ") from " + request.startDate(), actor);
        if (request.type() == AssociationType.PROXY) {
            history(em, vua, HistoryKind.SERVICE_REGISTRATION, "Services registered for " + patient.displayName()
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
        history(em, association.vua(), HistoryKind.SERVICE_REGISTRATION, "Services registered for "
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
            history(em, vua, HistoryKind.PATIENT_ASSOCIATION, association.type() + " association with "
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
            history(em, association.vua(), HistoryKind.PATIENT_ASSOCIATION, "Proxy access for "
                    + association.patient().displayName() + " reviewed", staff.actor());
            return null;
        });
    }

    // ---- linkage key ------------------------------------------------------------------------------------------

    /**
     * Issues the account's linkage key and returns the registration letter, the only place the key is ever shown.
     * When a key was issued before this is a reset: the old key stops working, every linkage (the portal sign-in
     * and each app) is revoked with its sessions, and the account becomes INACTIVE until it is linked again.
     */
    public RegistrationLetter issueLinkageKey(StaffMember staff, long vuaId, String reason) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        String why = FreeText.optionalReason(reason, FreeText.REASON);
        RegistrationLetter letter = transactions.write(em -> {
            Vua vua = ownAccount(em, staff, vuaId);
            boolean reset = vua.linkageKeyHash() != null;
            if (reset && why == null) {
                throw new InvalidValueException("Give a reason for issuing a new registration letter (for example, forgotten password).");
            }
            return issue(em, vua, LinkageKey.generate(), staff.actor(), reset ? why : null);
        });
        if (letter.replacesEarlierLetter()) {
            revocations.revoked(vuaId);
        }
        return letter;
    }

    /** Issues the given key in the caller's transaction, without a staff check: for the demo data and imports. */
    public RegistrationLetter issue(EntityManager em, Vua vua, LinkageKey key, Actor actor, String resetReason) {
        boolean reset = vua.linkageKeyHash() != null;
        LocalDateTime now = Times.now(clock);
        vua.linkageKey(hasher.hash(key.reveal().toCharArray()), now);
        if (reset) {
            List<AccountLinkage> live = em.createQuery("select l from AccountLinkage l where l.vua = :vua and l.revokedAt is null",
                    AccountLinkage.class).setParameter("vua", vua).getResultList();
            for (AccountLinkage linkage : live) {
                linkage.revoke(now, "linkage key reset");
                history(em, vua, HistoryKind.LINKAGE, "Linkage to " + linkage.appName() + " revoked: key reset", actor);
                audit.entry(actor, AuditAction.LINKAGE_REVOKED).account(vua.accountId().value())
                        .practice(vua.practice().id()).detail(linkage.kind().name()).in(em, Outcome.SUCCESS);
            }
            vua.portalCredentials(null, null);
            history(em, vua, HistoryKind.LINKAGE, "Linkage key reset: " + resetReason, actor);
            em.flush();
        } else {
            history(em, vua, HistoryKind.LINKAGE, "Linkage key issued", actor);
        }
        audit.entry(actor, reset ? AuditAction.LINKAGE_KEY_RESET : AuditAction.LINKAGE_KEY_ISSUED)
                .account(vua.accountId().value()).practice(vua.practice().id()).in(em, Outcome.SUCCESS);
        statusRule.apply(em, vua, actor, reset ? "linkage key reset" : "linkage key issued");
        Practice practice = vua.practice();
        ContactDetails contact = vua.contact();
        return new RegistrationLetter(practice.name(), practice.address() + ", " + practice.postcode(),
                practice.odsCode().value(), vua.displayName(),
                contact.address() == null ? null : contact.address()
                        + (contact.postcode() == null ? "" : ", " + contact.postcode()),
                vua.accountId().value(), key.reveal(), Times.today(clock), reset);
    }

    /**
     * Disconnects one online account or app (unusual activity from one app, a lost phone) without reissuing the
     * letter; the account follows the status rule and the sessions built on that linkage end.
     */
    public void revokeLinkage(StaffMember staff, long linkageId, String reason) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        String why = requireReason(reason);
        long vuaId = transactions.write(em -> {
            AccountLinkage linkage = em.find(AccountLinkage.class, linkageId);
            if (linkage == null || !linkage.vua().practice().id().equals(staff.practiceId())) {
                throw new NotFoundException("No linked online account with that reference at this practice.");
            }
            if (!linkage.isLive()) {
                throw new RuleViolationException("This online account is already disconnected.");
            }
            Vua vua = linkage.vua();
            linkage.revoke(Times.now(clock), why);
            if (linkage.kind() == LinkageKind.PORTAL) {
                vua.portalCredentials(null, null);
            }
            history(em, vua, HistoryKind.LINKAGE, "Linkage to " + linkage.appName() + " revoked: " + why, staff.actor());
            audit.entry(staff.actor(), AuditAction.LINKAGE_REVOKED).account(vua.accountId().value())
                    .detail(linkage.kind().name()).in(em, Outcome.SUCCESS);
            em.flush();
            statusRule.apply(em, vua, staff.actor(), "linkage removed");
            return vua.id();
        });
        revocations.revoked(vuaId);
    }

    // ---- status by hand ---------------------------------------------------------------------------------------

    /** Makes the account INACTIVE by hand (unusual activity, at the citizen's request); it stays so until reinstated. */
    public void suspend(StaffMember staff, long vuaId, String reason) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        String why = requireReason(reason);
        transactions.write(em -> {
            Vua vua = ownAccount(em, staff, vuaId);
            if (vua.suspended()) {
                throw new RuleViolationException("The account is already made inactive by the practice.");
            }
            vua.suspended(true);
            history(em, vua, HistoryKind.STATUS, "Made inactive by the practice: " + why, staff.actor());
            statusRule.apply(em, vua, staff.actor(), why);
            return null;
        });
        revocations.revoked(vuaId);
    }

    /** Lifts a suspension; the account is ACTIVE again only if the rule holds, otherwise says what is missing. */
    public void reinstate(StaffMember staff, long vuaId, String reason) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        String why = requireReason(reason);
        transactions.write(em -> {
            Vua vua = ownAccount(em, staff, vuaId);
            if (!vua.suspended()) {
                AccountStatusRule.Conditions conditions = statusRule.conditions(em, vua);
                throw new RuleViolationException(conditions.missing().isEmpty()
                        ? "The account is already active."
                        : "The account cannot be made active: " + String.join("; ", conditions.missing()) + ".");
            }
            vua.suspended(false);
            history(em, vua, HistoryKind.STATUS, "Practice lifted the inactive status: " + why, staff.actor());
            statusRule.apply(em, vua, staff.actor(), why);
            return null;
        });
    }

    private static String requireReason(String reason) {
        return FreeText.reason(reason, FreeText.REASON, "Give a reason for the change of status.");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void history(EntityManager em, Vua vua, HistoryKind kind, String description, Actor actor) {
        em.persist(new VuaHistoryEntry(vua.id(), Times.now(clock), kind, description, actor.label()));
    }

    private static String keys(Set<CitizenService> services) {
        return services.stream().map(CitizenService::key).sorted().collect(Collectors.joining(", "));
    }

    static Vua ownAccount(EntityManager em, StaffMember staff, long vuaId) {
        Vua vua = em.find(Vua.class, vuaId);
        if (vua == null || !vua.practice().id().equals(staff.practiceId())) {
            throw new NotFoundException("No online account with that reference at this practice.");
        }
        return vua;
    }

    private static PatientAssociation ownAssociation(EntityManager em, StaffMember staff, long associationId) {
        PatientAssociation association = em.find(PatientAssociation.class, associationId);
        if (association == null || !association.vua().practice().id().equals(staff.practiceId())) {
            throw new NotFoundException("No association with that reference at this practice.");
        }
        return association;
    }
}
