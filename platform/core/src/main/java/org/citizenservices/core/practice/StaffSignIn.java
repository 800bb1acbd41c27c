package org.citizenservices.core.practice;

import org.citizenservices.core.audit.ActingAs;
import org.citizenservices.core.audit.Actor;
import org.citizenservices.core.audit.AuditAction;
import org.citizenservices.core.audit.AuditTrail;
import org.citizenservices.core.audit.Outcome;
import org.citizenservices.core.security.SecretHasher;
import org.citizenservices.core.security.SignInLockout;
import org.citizenservices.core.service.SignInFailedException;
import org.citizenservices.core.service.StaffMember;
import org.citizenservices.core.service.Times;
import org.citizenservices.core.service.Transactions;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

/** Signs practice users in, with a lockout after repeated failures. */
public final class StaffSignIn {

    static final String WRONG = "The username or password is not right.";
    static final String LOCKED = "This account is locked after too many attempts. Try again in 15 minutes, "
            + "or ask your practice administrator.";

    private final Transactions transactions;
    private final AuditTrail audit;
    private final SecretHasher hasher;
    private final Clock clock;
    // verified against when the username is unknown, so a wrong username costs as long as a wrong password
    private final String decoyHash;

    public StaffSignIn(Transactions transactions, AuditTrail audit, SecretHasher hasher, Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy-password-never-used".toCharArray());
    }

    public StaffMember signIn(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        char[] secret = password == null ? new char[0] : password.toCharArray();
        LocalDateTime now = Times.now(clock);
        Attempt attempt = transactions.write(em -> {
            StaffUser user = em.createQuery("select u from StaffUser u where u.username = :name", StaffUser.class)
                    .setParameter("name", name).getResultStream().findFirst().orElse(null);
            if (user == null) {
                hasher.verify(secret, decoyHash);
                return new Attempt(null, Outcome.FAILED, "unknown username", false);
            }
            if (SignInLockout.isLocked(user.lockedUntil(), now)) {
                return new Attempt(user, Outcome.DENIED, "locked", true);
            }
            if (!user.enabled() || !hasher.verify(secret, user.passwordHash())) {
                SignInLockout.AfterFailure after = SignInLockout.afterFailure(user.failedSignIns(), now);
                user.signInFailed(after.failures(), after.lockedUntil());
                return new Attempt(user, Outcome.FAILED, user.enabled() ? "wrong password" : "disabled", after.locked());
            }
            user.signInFailed(0, null);
            if (hasher.needsRehash(user.passwordHash())) {
                user.passwordHash(hasher.hash(secret));
            }
            return new Attempt(user, Outcome.SUCCESS, null, false);
        });
        StaffUser user = attempt.user();
        Actor actor = user == null ? new Actor("unknown user", ActingAs.STAFF, null, Actor.STAFF_PORTAL)
                : new Actor(user.displayName() + " (" + user.username() + ")", ActingAs.STAFF, user.practice().id(),
                Actor.STAFF_PORTAL);
        audit.entry(actor, AuditAction.STAFF_SIGN_IN).detail(attempt.reason()).now(attempt.outcome());
        if (attempt.outcome() != Outcome.SUCCESS) {
            throw new SignInFailedException(attempt.locked() ? LOCKED : WRONG, attempt.locked());
        }
        Practice practice = user.practice();
        return new StaffMember(user.id(), practice.id(), practice.odsCode().value(), practice.name(),
                user.username(), user.displayName(), user.roles());
    }

    public void signOut(StaffMember staff) {
        audit.entry(staff.actor(), AuditAction.STAFF_SIGN_OUT).now(Outcome.SUCCESS);
    }

    private record Attempt(StaffUser user, Outcome outcome, String reason, boolean locked) {
    }
}
