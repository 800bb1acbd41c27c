package org.citizenservices.core.internal.practice;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.security.PasswordPolicy;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.security.TotpCodes;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.AccessIdentity;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Activation links of practice users and supplier administrators: found by the SHA-256 of their token. */
public final class StaffActivationService extends CoreService implements org.citizenservices.core.api.practice.StaffActivation {

    static final String LINK_NOT_VALID = "This activation link is not valid: it has been used, or it is more than "
            + "72 hours old. Ask whoever set up your account for a new one.";

    private final SecretHasher hasher;
    private final TotpCodes totp = new TotpCodes();

    public StaffActivationService(CoreContext context, SecretHasher hasher) {
        super(context);
        this.hasher = hasher;
    }

    @Override
    public Optional<Pending> pending(String token) {
        LocalDateTime now = Times.now(clock);
        return transactions.read(em -> holder(em, token, now, false)).map(holder -> new Pending(holder.username(),
                holder.displayName(), holder.practiceName(), holder.credentials().activationExpires()));
    }

    @Override
    public List<String> activate(String token, String password, String totpSecret, String code) {
        LocalDateTime now = Times.now(clock);
        CredentialHolder found = transactions.read(em -> holder(em, token, now, false))
                .orElseThrow(() -> new NotFoundException(LINK_NOT_VALID));
        PasswordPolicy.checkStaff(password, found.username());
        OptionalLong step = totp.accept(totpSecret, code, Long.MIN_VALUE, now.toInstant(ZoneOffset.UTC));
        if (step.isEmpty()) {
            throw new InvalidValueException("That code is not right. Enter the 6-digit code your authenticator app "
                    + "shows now for Citizen Services.");
        }
        String hash = hasher.hash(password.toCharArray());
        List<String> recoveryCodes = TotpCodes.newRecoveryCodes();
        transactions.write(em -> {
            // again inside the transaction: two tabs activating at once, only one wins
            CredentialHolder holder = holder(em, token, now, true).orElseThrow(() -> new NotFoundException(LINK_NOT_VALID));
            holder.credentials().activate(hash, totpSecret, step.getAsLong(), recoveryCodes);
            Long practiceId = holder instanceof StaffUser staff ? staff.practice().id() : null;
            audit.entry(new Actor(holder.displayName() + " (" + holder.username() + ")", ActingAs.STAFF, practiceId,
                    Actor.STAFF_PORTAL), AuditAction.STAFF_ACTIVATED).detail("password set, authenticator enrolled")
                    .in(em, Outcome.SUCCESS);
            return null;
        });
        return recoveryCodes;
    }

    /** {@code lock}: for update, inside a write, so two tabs activating at once queue. */
    private static Optional<CredentialHolder> holder(EntityManager em, String token, LocalDateTime now, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = AccessIdentity.hash(token);
        Optional<CredentialHolder> staff = em.createQuery("select u from StaffUser u where u.credentials.activationHash"
                        + " = :hash", StaffUser.class).setParameter("hash", hash)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE).getResultStream()
                .map(CredentialHolder.class::cast).findFirst();
        Optional<CredentialHolder> holder = staff.isPresent() ? staff : em.createQuery("select a from SupplierAdmin a"
                        + " where a.credentials.activationHash = :hash", SupplierAdmin.class).setParameter("hash", hash)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE).getResultStream()
                .map(CredentialHolder.class::cast).findFirst();
        return holder.filter(h -> h.credentials().activationValid(now));
    }
}
