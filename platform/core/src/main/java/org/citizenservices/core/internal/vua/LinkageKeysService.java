package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.api.vua.LinkageKeys;
import org.citizenservices.core.api.vua.HistoryKind;
import org.citizenservices.core.api.vua.LinkageKind;
import org.citizenservices.core.api.vua.RegistrationLetter;
import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.LinkageKey;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.service.Times;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Linkage keys and the account linkages built on them: the registration letter that is the only place a key is ever
 * shown, its reset (every linkage revoked with its sessions), and disconnecting one app or the portal sign-in.
 */
public final class LinkageKeysService extends AccountService implements LinkageKeys {

    private final SecretHasher hasher;
    private final SessionRevocationsService revocations;

    public LinkageKeysService(CoreContext context, AccountStatusRule statusRule,
            SecretHasher hasher, SessionRevocationsService revocations) {
        super(context, statusRule);
        this.hasher = hasher;
        this.revocations = revocations;
    }

    /**
     * Issues the account's linkage key and returns the registration letter, the only place the key is ever shown.
     * When a key was issued before this is a reset: the old key stops working, every linkage (the portal sign-in
     * and each app) is revoked with its sessions, and the account becomes INACTIVE until it is linked again.
     */
    public RegistrationLetter issueLinkageKey(StaffMember staff, long vuaId, String reason) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        String why = FreeText.optionalReason(reason, FreeText.REASON);
        RegistrationLetter letter = transactions.write(em -> {
            Vua vua = VuaAccountsService.ownAccount(em, staff, vuaId);
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
                revokeJoinedTo(em, linkage);
                history.record(em, vua, HistoryKind.LINKAGE, "Linkage to " + linkage.appName() + " revoked: key reset", actor);
                audit.entry(actor, AuditAction.LINKAGE_REVOKED).account(vua.accountId().value())
                        .practice(vua.practice().id()).detail(linkage.kind().name()).in(em, Outcome.SUCCESS);
            }
            vua.portalCredentials(null, null);
            history.record(em, vua, HistoryKind.LINKAGE, "Linkage key reset: " + resetReason, actor);
            em.flush();
        } else {
            history.record(em, vua, HistoryKind.LINKAGE, "Linkage key issued", actor);
        }
        audit.entry(actor, reset ? AuditAction.LINKAGE_KEY_RESET : AuditAction.LINKAGE_KEY_ISSUED)
                .account(vua.accountId().value()).practice(vua.practice().id()).in(em, Outcome.SUCCESS);
        statusRule.apply(em, vua, actor, reset ? "linkage key reset" : "linkage key issued");
        Practice practice = vua.practice();
        ContactDetails contact = vua.contact();
        return new RegistrationLetter(practice.name(), String.join(", ", java.util.stream.Stream.of(practice.address(),
                        practice.postcode() == null ? null : practice.postcode().value())
                        .filter(part -> part != null && !part.isBlank()).toList()),
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
        String why = FreeText.reason(reason, FreeText.REASON, "Give a reason for the change of status.");
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
            revokeJoinedTo(em, linkage);
            if (linkage.kind() == LinkageKind.PORTAL) {
                vua.portalCredentials(null, null);
            }
            history.record(em, vua, HistoryKind.LINKAGE, "Linkage to " + linkage.appName() + " revoked: " + why, staff.actor());
            audit.entry(staff.actor(), AuditAction.LINKAGE_REVOKED).account(vua.accountId().value())
                    .detail(linkage.kind().name()).in(em, Outcome.SUCCESS);
            em.flush();
            statusRule.apply(em, vua, staff.actor(), "linkage removed");
            return vua.id();
        });
        revocations.revoked(vuaId);
    }
}
