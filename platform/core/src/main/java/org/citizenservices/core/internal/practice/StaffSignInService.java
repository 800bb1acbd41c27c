package org.citizenservices.core.internal.practice;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.security.PasswordGuard;
import org.citizenservices.core.api.security.PasswordPolicy;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs practice users in: the password, then the authenticator's code or a recovery code. Wrong answers to either
 * count towards the same growing pauses ({@link SignInDelay}), so a guesser gains nothing by switching.
 */
public final class StaffSignInService extends CoreService implements org.citizenservices.core.api.practice.StaffSignIn {

    static final String WRONG = PasswordGuard.NOT_RIGHT;
    static final String WRONG_CODE = TwoStepCheck.WRONG_CODE;

    private final SecretHasher hasher;
    private final PasswordGuard guard;
    private final TwoStepCheck check;

    public StaffSignInService(CoreContext context, SecretHasher hasher) {
        super(context);
        this.hasher = hasher;
        this.guard = new PasswordGuard(hasher);
        this.check = new TwoStepCheck(hasher);
    }

    @Override
    public PasswordAccepted checkPassword(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        char[] secret = password == null ? new char[0] : password.toCharArray();
        LocalDateTime now = Times.now(clock);
        Attempt attempt = transactions.write(em -> {
            // read for update: parallel guesses at one username queue, so none slips past the count before a pause
            StaffUser user = em.createQuery("select u from StaffUser u where u.username = :name", StaffUser.class)
                    .setParameter("name", name).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst().orElse(null);
            PasswordGuard.Verdict verdict = check.password(user == null ? null : user.credentials(),
                    user == null || !user.practice().suspended(), secret, now);
            return new Attempt(user, verdict);
        });
        StaffUser user = attempt.user();
        PasswordGuard.Verdict verdict = attempt.verdict();
        Actor actor = user == null ? new Actor("unknown user", ActingAs.STAFF, null, Actor.STAFF_PORTAL)
                : actor(user);
        if (verdict.pauseDetail() != null) {
            audit.entry(actor, AuditAction.SIGN_IN_PAUSED).detail(verdict.pauseDetail()).now(Outcome.DENIED);
        }
        if (!verdict.signsIn()) {
            audit.entry(actor, AuditAction.STAFF_SIGN_IN).detail(verdict.reason()).now(verdict.outcome());
            throw new SignInFailedException(WRONG);
        }
        if (user.credentials().needsSecondFactor()) {
            return new PasswordAccepted(user.id(), now, Optional.empty());
        }
        audit.entry(actor, AuditAction.STAFF_SIGN_IN).detail("demo account: password only").now(Outcome.SUCCESS);
        return new PasswordAccepted(user.id(), now, Optional.of(member(user)));
    }

    @Override
    public StaffMember secondFactor(PasswordAccepted password, String code) {
        LocalDateTime now = Times.now(clock);
        if (password.at().plus(SECOND_STEP_WINDOW).isBefore(now)) {
            throw new SignInFailedException("That took too long. Sign in again.");
        }
        Answer answer = transactions.write(em -> check(em, password.staffUserId(), code, now));
        Actor actor = actor(answer.user());
        if (answer.pauseDetail() != null) {
            audit.entry(actor, AuditAction.SIGN_IN_PAUSED).detail(answer.pauseDetail()).now(Outcome.DENIED);
        }
        audit.entry(actor, AuditAction.STAFF_SIGN_IN).detail(answer.detail())
                .now(answer.right() ? Outcome.SUCCESS : Outcome.DENIED);
        if (!answer.right()) {
            throw answer.paused() ? new SignInFailedException(WRONG) : SignInFailedException.wrongCode(WRONG_CODE);
        }
        return member(answer.user());
    }

    private Answer check(EntityManager em, long staffUserId, String code, LocalDateTime now) {
        StaffUser user = em.find(StaffUser.class, staffUserId, LockModeType.PESSIMISTIC_WRITE);
        TwoStepCheck.Answer answer = check.code(user.credentials(), user.credentials().enabled() && !user.practice().suspended(), code, now);
        return new Answer(user, answer.right(), answer.paused(), answer.detail(), answer.pauseDetail());
    }

    @Override
    public boolean isCurrent(StaffMember staff) {
        return transactions.read(em -> CurrentStaff.isCurrent(em, staff));
    }

    @Override
    public StaffMember changePassword(StaffMember staff, String current, String replacement) {
        PasswordPolicy.checkStaff(replacement, staff.username());
        String hash = hasher.hash(replacement.toCharArray());
        LocalDateTime now = Times.now(clock);
        StaffUser user = transactions.write(em -> {
            CurrentStaff.require(em, staff);
            StaffUser found = em.find(StaffUser.class, staff.staffUserId(), LockModeType.PESSIMISTIC_WRITE);
            StaffCredentials credentials = found.credentials();
            if (credentials.demo()) {
                throw new RuleViolationException("A demo account's password is published and stays as it is.");
            }
            PasswordGuard.Verdict verdict = guard.check(current == null ? new char[0] : current.toCharArray(),
                    new PasswordGuard.Account(credentials.passwordHash(), credentials.enabled(),
                            credentials.failedSignIns(), credentials.lockedUntil()), now);
            if (!verdict.signsIn()) {
                // a wrong current password counts like a wrong sign-in: a borrowed session cannot guess freely
                if (verdict.changesAccount()) {
                    credentials.signInFailed(verdict.failures(), verdict.pausedUntil());
                }
                return null;
            }
            credentials.passwordHash(hash);
            credentials.endSessions();
            return found;
        });
        Actor actor = new Actor(staff.label(), ActingAs.STAFF, staff.practiceId(), Actor.STAFF_PORTAL);
        if (user == null) {
            audit.entry(actor, AuditAction.PASSWORD_CHANGED).detail("staff; current password wrong or paused")
                    .now(Outcome.DENIED);
            throw new InvalidValueException("Your current password is not right, or signing in is paused after "
                    + "several wrong attempts; wait a few minutes.");
        }
        audit.entry(actor, AuditAction.PASSWORD_CHANGED).detail("staff; other sessions ended").now(Outcome.SUCCESS);
        return member(user);
    }

    @Override
    public void signOutEverywhere(StaffMember staff) {
        transactions.write(em -> {
            StaffUser user = em.find(StaffUser.class, staff.staffUserId(), LockModeType.PESSIMISTIC_WRITE);
            user.credentials().endSessions();
            audit.entry(actor(user), AuditAction.STAFF_SIGN_OUT).detail("every device").in(em, Outcome.SUCCESS);
            return null;
        });
    }

    @Override
    public void signOut(StaffMember staff) {
        audit.entry(staff.actor(), AuditAction.STAFF_SIGN_OUT).now(Outcome.SUCCESS);
    }

    private static Actor actor(StaffUser user) {
        return new Actor(user.displayName() + " (" + user.username() + ")", ActingAs.STAFF, user.practice().id(),
                Actor.STAFF_PORTAL);
    }

    private static StaffMember member(StaffUser user) {
        Practice practice = user.practice();
        return new StaffMember(user.id(), practice.id(), practice.odsCode().value(), practice.name(),
                user.username(), user.displayName(), user.roles(), user.credentials().demo(),
                user.credentials().sessionGeneration());
    }

    private record Attempt(StaffUser user, PasswordGuard.Verdict verdict) {
    }

    private record Answer(StaffUser user, boolean right, boolean paused, String detail, String pauseDetail) {
    }
}
