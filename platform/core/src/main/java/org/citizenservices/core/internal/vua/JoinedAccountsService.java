package org.citizenservices.core.internal.vua;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.CitizenPractices;
import org.citizenservices.core.api.vua.HistoryKind;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.core.api.vua.LinkageKind;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.internal.service.CoreContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Online accounts at other practices joined to a citizen's portal sign-in. The account joined keeps everything of its
 * own practice (its verification, its associations, its status); only the username and password are shared, so
 * what that practice decides about the account (a suspension, a new letter) still takes effect at once.
 */
public final class JoinedAccountsService extends AccountService implements CitizenPractices {

    private final CitizenAccountsService citizens;
    private final LinkageCheckService linkageCheck;

    public JoinedAccountsService(CoreContext context, AccountStatusRule statusRule, CitizenAccountsService citizens,
                                 LinkageCheckService linkageCheck) {
        super(context, statusRule);
        this.citizens = citizens;
        this.linkageCheck = linkageCheck;
    }

    public List<AccountChoice> everyone(SignedInCitizen signIn) {
        List<SignedInCitizen> accounts = new ArrayList<>();
        accounts.add(signIn);
        List<String> practices = new ArrayList<>();
        transactions.read(em -> {
            practices.add(em.find(Vua.class, signIn.vuaId()).practice().name());
            for (AccountLinkage joined : liveJoins(em, signIn)) {
                accounts.add(asCitizen(joined));
                practices.add(joined.vua().practice().name());
            }
            return null;
        });
        List<AccountChoice> choices = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            SignedInCitizen account = accounts.get(i);
            String practice = practices.get(i);
            citizens.actingFor(account).forEach(patient -> choices.add(new AccountChoice(account, practice, patient)));
        }
        return choices;
    }

    public List<JoinedAccount> joined(SignedInCitizen signIn) {
        return transactions.read(em -> liveJoins(em, signIn).stream()
                .map(l -> new JoinedAccount(l.id(), l.vua().accountId().value(), l.vua().practice().name(),
                        l.vua().practice().odsCode().value(), l.createdAt()))
                .toList());
    }

    public SignedInCitizen join(SignedInCitizen signIn, LinkageDetails letter) {
        letter.requirePracticeCode();
        ownSignIn(signIn);
        long vuaId = linkageCheck.verify(letter, signIn.actor());
        try {
            return transactions.write(em -> joined(em, signIn, vuaId));
        } catch (RuleViolationException refused) {
            // a refusal after the letter's details were right: the practice can see someone tried
            audit.entry(signIn.actor(), AuditAction.ACCOUNTS_JOINED).account(letter.accountId())
                    .detail("refused: " + refused.getMessage()).now(Outcome.DENIED);
            throw refused;
        }
    }

    private SignedInCitizen joined(EntityManager em, SignedInCitizen signIn, long vuaId) {
        // the sign-in's row first: two joins at once through one sign-in queue, so neither misses the other
        AccountLinkage through = liveSignIn(em, signIn);
        Vua own = through.vua();
        Vua other = em.find(Vua.class, vuaId, LockModeType.PESSIMISTIC_WRITE);
        refuseJoin(em, through, own, other);
        AccountLinkage joined = AccountLinkage.joined(other, through, Times.now(clock));
        em.persist(joined);
        em.flush();
        Actor actor = asCitizen(joined).actor();
        history.record(em, other, HistoryKind.LINKAGE, "Online account set up in the citizen portal by "
                + "joining it to the sign-in of account " + own.accountId().value() + " at " + own.practice().name(), actor);
        history.record(em, own, HistoryKind.LINKAGE, "Account " + other.accountId().value() + " at "
                + other.practice().name() + " joined to this sign-in", signIn.actor());
        audit.entry(actor, AuditAction.ACCOUNTS_JOINED).account(other.accountId().value())
                .practice(other.practice().id()).detail("signs in through " + own.accountId().value())
                .in(em, Outcome.SUCCESS);
        statusRule.apply(em, other, actor, "online account joined to a sign-in");
        return asCitizen(joined);
    }

    public void leave(SignedInCitizen signIn, long linkageId) {
        transactions.write(em -> {
            liveSignIn(em, signIn);
            AccountLinkage joined = em.find(AccountLinkage.class, linkageId);
            if (joined == null || !joined.isLive() || joined.signsInThrough() == null
                    || joined.signsInThrough().id() != signIn.linkageId()) {
                throw new NotFoundException("That practice's account is not joined to your sign-in.");
            }
            Vua vua = joined.vua();
            joined.revoke(Times.now(clock), "removed from the sign-in by the citizen");
            Actor actor = asCitizen(joined).actor();
            history.record(em, vua, HistoryKind.LINKAGE, "Removed from the citizen's portal sign-in by the citizen",
                    actor);
            audit.entry(actor, AuditAction.LINKAGE_REVOKED).account(vua.accountId().value())
                    .practice(vua.practice().id()).detail("PORTAL joined").in(em, Outcome.SUCCESS);
            em.flush();
            statusRule.apply(em, vua, actor, "removed from the sign-in");
            return null;
        });
    }

    private void ownSignIn(SignedInCitizen signIn) {
        boolean own = transactions.read(em -> {
            AccountLinkage linkage = em.find(AccountLinkage.class, signIn.linkageId());
            return linkage != null && linkage.isLive() && linkage.kind() == LinkageKind.PORTAL
                    && linkage.signsInThrough() == null && linkage.vua().id() == signIn.vuaId();
        });
        if (!own) {
            throw new RuleViolationException("Sign in with your own username and password to add a GP practice.");
        }
    }

    /** The sign-in's own linkage, locked and checked again inside the write: it may have ended a moment ago. */
    private static AccountLinkage liveSignIn(EntityManager em, SignedInCitizen signIn) {
        AccountLinkage through = em.find(AccountLinkage.class, signIn.linkageId(), LockModeType.PESSIMISTIC_WRITE);
        if (through == null || !through.isLive() || through.signsInThrough() != null) {
            throw new RuleViolationException("Sign in with your own username and password to change your GP "
                    + "practices.");
        }
        return through;
    }

    private void refuseJoin(EntityManager em, AccountLinkage through, Vua own, Vua other) {
        if (other.id().equals(own.id())) {
            throw new RuleViolationException("That is the registration letter of the account you signed in with.");
        }
        boolean samePractice = other.practice().id().equals(own.practice().id()) || liveJoins(em, through).stream()
                .anyMatch(l -> l.vua().practice().id().equals(other.practice().id()));
        if (samePractice) {
            throw new RuleViolationException("Your sign-in already opens an online account at "
                    + other.practice().name() + ". A practice gives each person one online account.");
        }
        if (!other.dateOfBirth().equals(own.dateOfBirth())) {
            throw new RuleViolationException("This registration letter is for someone else. Each person sets up "
                    + "their own online account; to act for someone, ask their practice for proxy access.");
        }
        if (other.suspended()) {
            throw new RuleViolationException("The online account on this letter is suspended. Contact "
                    + other.practice().name() + ".");
        }
        if (AccountLinkage.livePortal(em, other).isPresent()) {
            throw new RuleViolationException("The online account on this letter is already set up. Sign in with it, "
                    + "or ask " + other.practice().name() + " for a new registration letter.");
        }
    }

    private static List<AccountLinkage> liveJoins(EntityManager em, SignedInCitizen signIn) {
        AccountLinkage through = em.find(AccountLinkage.class, signIn.linkageId());
        return through == null ? List.of() : liveJoins(em, through);
    }

    private static List<AccountLinkage> liveJoins(EntityManager em, AccountLinkage through) {
        return em.createQuery("select l from AccountLinkage l where l.signsInThrough = :through"
                        + " and l.revokedAt is null and l.vua.suspended = false order by l.createdAt, l.id",
                AccountLinkage.class).setParameter("through", through).getResultList();
    }

    private static SignedInCitizen asCitizen(AccountLinkage joined) {
        Vua vua = joined.vua();
        return new SignedInCitizen(vua.id(), vua.accountId().value(), vua.practice().id(), joined.id(),
                vua.displayName(), LinkageKind.PORTAL, AccountLinkage.PORTAL_NAME);
    }
}
