package org.citizenservices.core.internal.practice;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.security.PasswordGuard;
import org.citizenservices.core.api.security.SignInDelay;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.Times;

import java.time.LocalDateTime;
import java.util.Locale;

/** Signs practice users in, with growing pauses after repeated wrong passwords ({@link SignInDelay}). */
public final class StaffSignInService extends CoreService implements org.citizenservices.core.api.practice.StaffSignIn {

    static final String WRONG = PasswordGuard.NOT_RIGHT;

    private final SecretHasher hasher;
    private final PasswordGuard guard;

    public StaffSignInService(CoreContext context, SecretHasher hasher) {
        super(context);
        this.hasher = hasher;
        this.guard = new PasswordGuard(hasher);
    }

    @Override
    public StaffMember signIn(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        char[] secret = password == null ? new char[0] : password.toCharArray();
        LocalDateTime now = Times.now(clock);
        Attempt attempt = transactions.write(em -> {
            // read for update: parallel guesses at one username queue, so none slips past the count before a pause
            StaffUser user = em.createQuery("select u from StaffUser u where u.username = :name", StaffUser.class)
                    .setParameter("name", name).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst().orElse(null);
            PasswordGuard.Verdict verdict = guard.check(secret, user == null ? null : new PasswordGuard.Account(
                    user.passwordHash(), user.enabled(), user.failedSignIns(), user.lockedUntil()), now);
            if (verdict.changesAccount()) {
                user.signInFailed(verdict.failures(), verdict.pausedUntil());
            }
            if (verdict.signsIn() && hasher.needsRehash(user.passwordHash())) {
                user.passwordHash(hasher.hash(secret));
            }
            return new Attempt(user, verdict);
        });
        StaffUser user = attempt.user();
        PasswordGuard.Verdict verdict = attempt.verdict();
        Actor actor = user == null ? new Actor("unknown user", ActingAs.STAFF, null, Actor.STAFF_PORTAL)
                : new Actor(user.displayName() + " (" + user.username() + ")", ActingAs.STAFF, user.practice().id(),
                Actor.STAFF_PORTAL);
        audit.entry(actor, AuditAction.STAFF_SIGN_IN).detail(verdict.reason()).now(verdict.outcome());
        if (verdict.pauseDetail() != null) {
            audit.entry(actor, AuditAction.SIGN_IN_PAUSED).detail(verdict.pauseDetail()).now(Outcome.DENIED);
        }
        if (!verdict.signsIn()) {
            throw new SignInFailedException(WRONG);
        }
        Practice practice = user.practice();
        return new StaffMember(user.id(), practice.id(), practice.odsCode().value(), practice.name(),
                user.username(), user.displayName(), user.roles());
    }

    @Override
    public void signOut(StaffMember staff) {
        audit.entry(staff.actor(), AuditAction.STAFF_SIGN_OUT).now(Outcome.SUCCESS);
    }

    private record Attempt(StaffUser user, PasswordGuard.Verdict verdict) {
    }
}
