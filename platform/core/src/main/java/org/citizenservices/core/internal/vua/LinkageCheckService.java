package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;
import org.citizenservices.core.api.vua.LinkageCheck;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.core.api.vua.LinkageFailure;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.service.SignInFailedException;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Checks the registration-letter details together — the one check behind setting up the portal sign-in
 * (Scenario 1) and connecting an app (Scenario 2). Every attempt is audited with its real reason; the caller only
 * learns "matched" or "did not match". After {@value #MAX_FAILURES} failures for one account ID, linkage is locked
 * until the practice issues a new letter — but the answer stays "did not match", after the same Argon2 work: a
 * different answer for a locked account would tell a stranger that the account ID they guessed is real.
 */
public final class LinkageCheckService extends CoreService implements LinkageCheck {

    private final Object[] attemptLocks = new Object[64];
    private final SecretHasher hasher;

    public LinkageCheckService(CoreContext context, SecretHasher hasher) {
        super(context);
        this.hasher = hasher;
        for (int i = 0; i < attemptLocks.length; i++) {
            attemptLocks[i] = new Object();
        }
    }

    /**
     * The account the details identify, or a {@link SignInFailedException} with the citizen's message. A failure
     * counts towards the lockout and is audited; so is a success.
     */
    public long verify(LinkageDetails details, Actor actor) {
        String accountId = details.accountId().trim().toUpperCase(Locale.ROOT);
        // one attempt at a time per account ID, so parallel wrong attempts cannot overshoot the lockout count
        Object lock = attemptLocks[Math.floorMod(accountId.hashCode(), attemptLocks.length)];
        Result result;
        synchronized (lock) {
            result = attempt(details, accountId);
        }
        audit.entry(actor, AuditAction.LINKAGE_ATTEMPT).account(accountId).practice(result.practiceId())
                .detail(result.failure() == null ? null : result.failure().name())
                .now(result.failure() == null ? Outcome.SUCCESS
                        : result.failure() == LinkageFailure.LOCKED ? Outcome.DENIED : Outcome.FAILED);
        if (result.failure() != null) {
            throw new SignInFailedException(DO_NOT_MATCH);
        }
        return result.vuaId();
    }

    private Result attempt(LinkageDetails details, String accountId) {
        return transactions.write(em -> {
            Vua vua = em.createQuery("select v from Vua v where v.accountId = :id", Vua.class)
                    .setParameter("id", accountId).getResultStream().findFirst().orElse(null);
            char[] key = details.linkageKey().trim().toCharArray();
            if (vua == null) {
                hasher.verify(key, hasher.decoyHash());
                return new Result(null, null, LinkageFailure.NO_SUCH_ACCOUNT);
            }
            if (vua.linkageLocked()) {
                hasher.verify(key, hasher.decoyHash());
                return new Result(vua.id(), vua.practice().id(), LinkageFailure.LOCKED);
            }
            LinkageFailure failure = null;
            if (vua.linkageKeyHash() == null) {
                hasher.verify(key, hasher.decoyHash());
                failure = LinkageFailure.NO_KEY_ISSUED;
            } else if (!hasher.verify(key, vua.linkageKeyHash())) {
                failure = LinkageFailure.WRONG_KEY;
            } else if (!sameName(vua.name().familyName(), details.surname())) {
                failure = LinkageFailure.WRONG_SURNAME;
            } else if (!vua.dateOfBirth().equals(details.dateOfBirth())) {
                failure = LinkageFailure.WRONG_DATE_OF_BIRTH;
            } else if (details.odsCode() != null
                    && !vua.practice().odsCode().value().equalsIgnoreCase(details.odsCode().trim())) {
                failure = LinkageFailure.WRONG_PRACTICE;
            }
            if (failure == null) {
                vua.linkageFailed(0, false);
                return new Result(vua.id(), vua.practice().id(), null);
            }
            int failures = vua.linkageFailures() + 1;
            vua.linkageFailed(failures, failures >= MAX_FAILURES);
            return new Result(vua.id(), vua.practice().id(),
                    failures >= MAX_FAILURES ? LinkageFailure.LOCKED : failure);
        });
    }

    /** Surnames compared as people type them: case, accents, spaces, hyphens and apostrophes do not matter. */
    static boolean sameName(String held, String typed) {
        return normalise(held).equals(normalise(typed));
    }

    private static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    private record Result(Long vuaId, Long practiceId, LinkageFailure failure) {
    }
}
