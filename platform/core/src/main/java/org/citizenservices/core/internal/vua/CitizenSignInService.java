package org.citizenservices.core.internal.vua;

import jakarta.persistence.LockModeType;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.security.PasswordGuard;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.security.TotpCodes;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.CitizenSignIn;
import org.citizenservices.core.api.vua.HistoryKind;
import org.citizenservices.core.api.vua.LinkageKind;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.internal.practice.TwoStepCheck;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The citizen's portal sign-in (with growing pauses after wrong answers) and their optional second step, through the
 * same code check as practice staff ({@link TwoStepCheck}).
 */
public final class CitizenSignInService extends CoreService implements CitizenSignIn {

    private final PasswordGuard guard;
    private final TwoStepCheck check;
    private final TotpCodes totp = new TotpCodes();
    private final VuaHistory history;

    public CitizenSignInService(CoreContext context, SecretHasher hasher) {
        super(context);
        this.guard = new PasswordGuard(hasher);
        this.check = new TwoStepCheck(hasher);
        this.history = new VuaHistory(clock);
    }

    @Override
    public PasswordAccepted checkPassword(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        char[] secret = password == null ? new char[0] : password.toCharArray();
        LocalDateTime now = Times.now(clock);
        Attempt attempt = transactions.write(em -> {
            // read for update: parallel guesses at one username queue, so none slips past the count before a pause
            Vua vua = name.isEmpty() ? null : em.createQuery("select v from Vua v where v.username = :name", Vua.class)
                    .setParameter("name", name).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst().orElse(null);
            Optional<AccountLinkage> linkage = vua == null ? Optional.empty() : AccountLinkage.livePortal(em, vua);
            PasswordGuard.Verdict verdict = guard.check(secret, linkage.isEmpty() ? null : new PasswordGuard.Account(
                    vua.passwordHash(), true, vua.signInFailures(), vua.signInLockedUntil()), now);
            // with the second step on, only the code clears the count (as for staff)
            if (verdict.changesAccount() && !(verdict.signsIn() && vua.totpSecret() != null)) {
                vua.signInFailed(verdict.failures(), verdict.pausedUntil());
            }
            return new Attempt(vua, linkage.orElse(null), verdict);
        });
        Vua vua = attempt.vua();
        Actor actor = vua == null ? new Actor("unknown username", ActingAs.CITIZEN, null, Actor.CITIZEN_PORTAL)
                : actor(vua);
        PasswordGuard.Verdict verdict = attempt.verdict();
        String account = vua == null ? null : vua.accountId().value();
        if (verdict.pauseDetail() != null) {
            audit.entry(actor, AuditAction.SIGN_IN_PAUSED).account(account).detail(verdict.pauseDetail())
                    .now(Outcome.DENIED);
        }
        if (!verdict.signsIn()) {
            audit.entry(actor, AuditAction.CITIZEN_SIGN_IN).account(account).detail(verdict.reason())
                    .now(verdict.outcome());
            throw new SignInFailedException(PasswordGuard.NOT_RIGHT);
        }
        if (vua.totpSecret() != null) {
            return new PasswordAccepted(vua.id(), now, Optional.empty());
        }
        audit.entry(actor, AuditAction.CITIZEN_SIGN_IN).account(account).detail(verdict.reason())
                .now(verdict.outcome());
        return new PasswordAccepted(vua.id(), now, Optional.of(citizen(vua, attempt.linkage())));
    }

    @Override
    public SignedInCitizen secondFactor(PasswordAccepted password, String code) {
        LocalDateTime now = Times.now(clock);
        if (password.at().plus(SECOND_STEP_WINDOW).isBefore(now)) {
            throw new SignInFailedException("That took too long. Sign in again.");
        }
        Answered answered = transactions.write(em -> {
            Vua vua = em.find(Vua.class, password.vuaId(), LockModeType.PESSIMISTIC_WRITE);
            Optional<AccountLinkage> linkage = AccountLinkage.livePortal(em, vua);
            boolean allowed = linkage.isPresent() && vua.totpSecret() != null;
            return new Answered(vua, linkage.orElse(null), allowed ? check.code(vua, true, code, now)
                    : new TwoStepCheck.Answer(false, true, "second factor refused: no portal sign-in", null));
        });
        Vua vua = answered.vua();
        TwoStepCheck.Answer answer = answered.answer();
        if (answer.pauseDetail() != null) {
            audit.entry(actor(vua), AuditAction.SIGN_IN_PAUSED).account(vua.accountId().value())
                    .detail(answer.pauseDetail()).now(Outcome.DENIED);
        }
        audit.entry(actor(vua), AuditAction.CITIZEN_SIGN_IN).account(vua.accountId().value()).detail(answer.detail())
                .now(answer.right() ? Outcome.SUCCESS : Outcome.DENIED);
        if (!answer.right()) {
            throw answer.paused() ? new SignInFailedException(PasswordGuard.NOT_RIGHT)
                    : SignInFailedException.wrongCode(org.citizenservices.core.internal.practice.TwoStepCheck.WRONG_CODE);
        }
        return citizen(vua, answered.linkage());
    }

    @Override
    public boolean secondStepOn(SignedInCitizen signIn) {
        return transactions.read(em -> em.find(Vua.class, signIn.vuaId()).totpSecret() != null);
    }

    @Override
    public List<String> turnOnSecondStep(SignedInCitizen signIn, String password, String secret, String code) {
        if (secret == null || !secret.matches("[A-Z2-7]{16,64}")) {
            throw new InvalidValueException("Add the account to your authenticator app again.");
        }
        LocalDateTime now = Times.now(clock);
        char[] typed = password == null ? new char[0] : password.toCharArray();
        List<String> recovery = TotpCodes.newRecoveryCodes();
        Checked<List<String>> done = transactions.write(em -> {
            Vua vua = portalAccount(em, signIn);
            if (vua.totpSecret() != null) {
                // enrolling a second authenticator would let whoever holds this session keep a way in
                throw new RuleViolationException("Two-step sign-in is already on. Turn it off first to use "
                        + "another authenticator app.");
            }
            PasswordGuard.Verdict verdict = password(vua, typed, now);
            if (!verdict.signsIn()) {
                return new Checked<List<String>>(null, verdict);
            }
            java.util.OptionalLong step = totp.accept(secret, code == null ? "" : code.trim(), Long.MIN_VALUE,
                    now.toInstant(java.time.ZoneOffset.UTC));
            if (step.isEmpty()) {
                throw new InvalidValueException("That code is not right. Enter the 6-digit code your "
                        + "authenticator app shows now.");
            }
            vua.secondFactor(secret, recovery);
            vua.totpUsed(step.getAsLong());
            changed(em, vua, signIn, "Two-step sign-in turned on by the citizen", "on");
            return new Checked<>(recovery, verdict);
        });
        return refusedUnless(done, signIn, "on");
    }

    @Override
    public void turnOffSecondStep(SignedInCitizen signIn, String password) {
        LocalDateTime now = Times.now(clock);
        char[] typed = password == null ? new char[0] : password.toCharArray();
        Checked<Boolean> done = transactions.write(em -> {
            Vua vua = portalAccount(em, signIn);
            PasswordGuard.Verdict verdict = password(vua, typed, now);
            if (!verdict.signsIn()) {
                return new Checked<Boolean>(null, verdict);
            }
            vua.secondFactor(null, null);
            changed(em, vua, signIn, "Two-step sign-in turned off by the citizen", "off");
            return new Checked<>(true, verdict);
        });
        refusedUnless(done, signIn, "off");
    }

    /** The password typed again; a wrong one counts like a wrong sign-in, so a borrowed session cannot guess freely. */
    private PasswordGuard.Verdict password(Vua vua, char[] typed, LocalDateTime now) {
        PasswordGuard.Verdict verdict = guard.check(typed, new PasswordGuard.Account(vua.passwordHash(), true,
                vua.signInFailures(), vua.signInLockedUntil()), now);
        if (!verdict.signsIn() && verdict.changesAccount()) {
            vua.signInFailed(verdict.failures(), verdict.pausedUntil());
        }
        return verdict;
    }

    private <T> T refusedUnless(Checked<T> done, SignedInCitizen signIn, String change) {
        if (done.result() != null) {
            return done.result();
        }
        if (done.verdict().pauseDetail() != null) {
            audit.entry(signIn.actor(), AuditAction.SIGN_IN_PAUSED).account(signIn.accountId())
                    .detail(done.verdict().pauseDetail()).now(Outcome.DENIED);
        }
        audit.entry(signIn.actor(), AuditAction.SECOND_FACTOR_CHANGED).account(signIn.accountId())
                .detail(change + " refused: password wrong or paused").now(Outcome.DENIED);
        throw new InvalidValueException("Your password is not right, or signing in is paused after several "
                + "wrong attempts; wait a few minutes.");
    }

    /** The sign-in's own account, locked: a joined account at another practice has no password of its own. */
    private static Vua portalAccount(jakarta.persistence.EntityManager em, SignedInCitizen signIn) {
        CitizenAccountsService.requirePortalSignIn(signIn);
        Vua vua = em.find(Vua.class, signIn.vuaId(), LockModeType.PESSIMISTIC_WRITE);
        if (vua == null || vua.passwordHash() == null) {
            throw new RuleViolationException("Two-step sign-in belongs to the account you sign in with.");
        }
        return vua;
    }

    private void changed(jakarta.persistence.EntityManager em, Vua vua, SignedInCitizen signIn, String what,
                         String detail) {
        history.record(em, vua, HistoryKind.PREFERENCES, what, signIn.actor());
        audit.entry(signIn.actor(), AuditAction.SECOND_FACTOR_CHANGED).account(vua.accountId().value())
                .detail(detail).in(em, Outcome.SUCCESS);
    }

    private static Actor actor(Vua vua) {
        return new Actor(vua.displayName() + " (" + vua.accountId() + ")", ActingAs.CITIZEN, vua.practice().id(),
                Actor.CITIZEN_PORTAL);
    }

    private static SignedInCitizen citizen(Vua vua, AccountLinkage linkage) {
        return new SignedInCitizen(vua.id(), vua.accountId().value(), vua.practice().id(), linkage.id(),
                vua.displayName(), LinkageKind.PORTAL, AccountLinkage.PORTAL_NAME);
    }

    private record Attempt(Vua vua, AccountLinkage linkage, PasswordGuard.Verdict verdict) {
    }

    private record Checked<T>(T result, PasswordGuard.Verdict verdict) {
    }

    private record Answered(Vua vua, AccountLinkage linkage, TwoStepCheck.Answer answer) {
    }
}
