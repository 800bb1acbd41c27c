package org.citizenservices.core.internal.practice;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.operator.SupplierSignIn;
import org.citizenservices.core.api.security.PasswordGuard;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.NotPermittedException;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;

import java.time.LocalDateTime;
import java.util.Locale;

/** The supplier administrators' two-step sign-in, through the same checks as practice staff ({@link TwoStepCheck}). */
public final class SupplierSignInService extends CoreService implements SupplierSignIn {

    private static final String SOURCE = "supplier portal";

    private final TwoStepCheck check;

    public SupplierSignInService(CoreContext context, SecretHasher hasher) {
        super(context);
        this.check = new TwoStepCheck(hasher);
    }

    @Override
    public PasswordAccepted checkPassword(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        char[] secret = password == null ? new char[0] : password.toCharArray();
        LocalDateTime now = Times.now(clock);
        Attempt attempt = transactions.write(em -> {
            SupplierAdmin admin = em.createQuery("select a from SupplierAdmin a where a.username = :name",
                            SupplierAdmin.class).setParameter("name", name)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
            return new Attempt(admin, check.password(admin == null ? null : admin.credentials(), true, secret, now));
        });
        Actor actor = attempt.admin() == null ? new Actor("unknown supplier user", ActingAs.STAFF, null, SOURCE)
                : actor(attempt.admin());
        PasswordGuard.Verdict verdict = attempt.verdict();
        if (verdict.pauseDetail() != null) {
            audit.entry(actor, AuditAction.SIGN_IN_PAUSED).detail(verdict.pauseDetail()).now(Outcome.DENIED);
        }
        if (!verdict.signsIn()) {
            audit.entry(actor, AuditAction.STAFF_SIGN_IN).detail("supplier: " + verdict.reason())
                    .now(verdict.outcome());
            throw new SignInFailedException(PasswordGuard.NOT_RIGHT);
        }
        return new PasswordAccepted(attempt.admin().id(), now);
    }

    @Override
    public SupplierAdminMember secondFactor(PasswordAccepted password, String code) {
        LocalDateTime now = Times.now(clock);
        if (password.at().plus(SECOND_STEP_WINDOW).isBefore(now)) {
            throw new SignInFailedException("That took too long. Sign in again.");
        }
        Answered answered = transactions.write(em -> {
            SupplierAdmin admin = em.find(SupplierAdmin.class, password.supplierAdminId(),
                    LockModeType.PESSIMISTIC_WRITE);
            return new Answered(admin, check.code(admin.credentials(), admin.credentials().enabled(), code, now));
        });
        TwoStepCheck.Answer answer = answered.answer();
        Actor actor = actor(answered.admin());
        if (answer.pauseDetail() != null) {
            audit.entry(actor, AuditAction.SIGN_IN_PAUSED).detail(answer.pauseDetail()).now(Outcome.DENIED);
        }
        audit.entry(actor, AuditAction.STAFF_SIGN_IN).detail("supplier: " + answer.detail())
                .now(answer.right() ? Outcome.SUCCESS : Outcome.DENIED);
        if (!answer.right()) {
            throw answer.paused() ? new SignInFailedException(PasswordGuard.NOT_RIGHT)
                    : SignInFailedException.wrongCode(TwoStepCheck.WRONG_CODE);
        }
        SupplierAdmin admin = answered.admin();
        return new SupplierAdminMember(admin.id(), admin.username(), admin.displayName(),
                admin.credentials().sessionGeneration());
    }

    @Override
    public boolean isCurrent(SupplierAdminMember admin) {
        return transactions.read(em -> current(em, admin));
    }

    @Override
    public void signOut(SupplierAdminMember admin) {
        audit.entry(admin.actor(), AuditAction.STAFF_SIGN_OUT).detail("supplier").now(Outcome.SUCCESS);
    }

    /** @throws NotPermittedException when the administrator's session is no longer current */
    public static void requireCurrent(EntityManager em, SupplierAdminMember admin) {
        if (!current(em, admin)) {
            throw new NotPermittedException("You have been signed out: your account was changed. Sign in again.");
        }
    }

    private static boolean current(EntityManager em, SupplierAdminMember admin) {
        SupplierAdmin found = em.find(SupplierAdmin.class, admin.supplierAdminId());
        return found != null && found.credentials().enabled() && !found.credentials().awaitingActivation()
                && found.credentials().sessionGeneration() == admin.sessionGeneration();
    }

    private static Actor actor(SupplierAdmin admin) {
        return new Actor(admin.displayName() + " (" + admin.username() + ", supplier)", ActingAs.STAFF, null, SOURCE);
    }

    private record Attempt(SupplierAdmin admin, PasswordGuard.Verdict verdict) {
    }

    private record Answered(SupplierAdmin admin, TwoStepCheck.Answer answer) {
    }
}
