package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.api.vua.VuaAccounts;
import org.citizenservices.core.api.vua.AccountDetails;
import org.citizenservices.core.api.vua.AccountConditions;
import org.citizenservices.core.api.vua.ContactPreference;
import org.citizenservices.core.api.vua.HistoryKind;
import org.citizenservices.core.api.vua.NewAccount;
import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.domain.VuaId;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.service.Times;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Verified User Accounts as practice users manage them: create, find, edit, suspend and reinstate, and the full
 * details with history. Identity verification, patient associations and linkage keys have classes of their own
 * ({@link IdentityVerificationsService}, {@link PatientAssociationsService}, {@link LinkageKeysService}). Each call is checked
 * against the staff member's role and practice, changes the status only through {@link AccountStatusRule}, and
 * writes the account's history and the audit trail in the same transaction.
 */
public final class VuaAccountsService extends AccountService implements VuaAccounts {

    private static final String ID_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionRevocationsService revocations;

    public VuaAccountsService(CoreContext context, AccountStatusRule statusRule,
            SessionRevocationsService revocations) {
        super(context, statusRule);
        this.revocations = revocations;
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
        history.record(em, vua, HistoryKind.CREATION, "Account " + accountId + " created for " + details.name().display()
                + ", status INACTIVE", actor);
        audit.entry(actor, AuditAction.ACCOUNT_CREATED).account(accountId.value()).practice(practice.id())
                .in(em, Outcome.SUCCESS);
        return vua;
    }

    /** A fresh, unused account ID: four letters and six digits. */
    public VuaId newAccountId(EntityManager em) {
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
                    List.copyOf(em.createQuery("select v from IdentityVerification v where v.vua = :vua order by v.recordedAt desc",
                            IdentityVerification.class).setParameter("vua", vua).getResultList()),
                    List.copyOf(AccountStatusRule.associationsOf(em, vua)),
                    List.copyOf(em.createQuery("select l from AccountLinkage l where l.vua = :vua order by l.createdAt desc, l.id desc",
                            AccountLinkage.class).setParameter("vua", vua).getResultList()),
                    List.copyOf(em.createQuery("select h from VuaHistoryEntry h where h.vuaId = :vua order by h.occurredAt desc, h.id desc",
                            VuaHistoryEntry.class).setParameter("vua", vua.id()).getResultList()));
        });
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
            history.record(em, vua, HistoryKind.DEMOGRAPHICS, "Changed " + String.join("; ", changes), staff.actor());
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
                history.record(em, vua, HistoryKind.PREFERENCES, "Contact preference from " + vua.contactPreference()
                        + " to " + preference, staff.actor());
                vua.contactPreference(preference);
                audit.entry(staff.actor(), AuditAction.ACCOUNT_PREFERENCES_CHANGED).account(vua.accountId().value())
                        .in(em, Outcome.SUCCESS);
            }
            return null;
        });
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
            history.record(em, vua, HistoryKind.STATUS, "Made inactive by the practice: " + why, staff.actor());
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
                AccountConditions conditions = statusRule.conditions(em, vua);
                throw new RuleViolationException(conditions.missing().isEmpty()
                        ? "The account is already active."
                        : "The account cannot be made active: " + String.join("; ", conditions.missing()) + ".");
            }
            vua.suspended(false);
            history.record(em, vua, HistoryKind.STATUS, "Practice lifted the inactive status: " + why, staff.actor());
            statusRule.apply(em, vua, staff.actor(), why);
            return null;
        });
    }

    private static String requireReason(String reason) {
        return FreeText.reason(reason, FreeText.REASON, "Give a reason for the change of status.");
    }


    static Vua ownAccount(EntityManager em, StaffMember staff, long vuaId) {
        Vua vua = em.find(Vua.class, vuaId);
        if (vua == null || !vua.practice().id().equals(staff.practiceId())) {
            throw new NotFoundException("No online account with that reference at this practice.");
        }
        return vua;
    }
}
