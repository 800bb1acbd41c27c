package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.api.vua.IdentityVerifications;
import org.citizenservices.core.api.vua.HistoryKind;
import org.citizenservices.core.api.vua.IdentityCheck;
import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.service.Times;


/**
 * Identity verification of account holders (R8: vouching, documents, or a trusted identity provider), recorded by the
 * practice with its evidence, which staff may open again; a verification can make the account ACTIVE under the rule.
 */
public final class IdentityVerificationsService extends AccountService implements IdentityVerifications {


    public IdentityVerificationsService(CoreContext context, AccountStatusRule statusRule) {
        super(context, statusRule);
    }

    public IdentityVerification verifyIdentity(StaffMember staff, long vuaId, IdentityCheck check) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        if (check.method() == org.citizenservices.core.api.vua.VerificationMethod.NHS_LOGIN) {
            throw new InvalidValueException("NHS login records its own verification; choose how you verified the "
                    + "person.");
        }
        if (check.verifiedOn().isAfter(Times.today(clock))) {
            throw new InvalidValueException("The verification date cannot be in the future.");
        }
        return transactions.write(em -> verifyIdentity(em, VuaAccountsService.ownAccount(em, staff, vuaId), check, staff.actor()));
    }

    /** Records a verification in the caller's transaction, without a staff check: for the demo data and imports. */
    public IdentityVerification verifyIdentity(EntityManager em, Vua vua, IdentityCheck check, Actor actor) {
        IdentityVerification verification = new IdentityVerification(vua, check, actor.label(), Times.now(clock));
        em.persist(verification);
        em.flush();
        history.record(em, vua, HistoryKind.IDENTITY_VERIFICATION, verification.summary(), actor);
        audit.entry(actor, AuditAction.IDENTITY_VERIFIED).account(vua.accountId().value())
                .practice(vua.practice().id()).detail(check.method().name()).in(em, Outcome.SUCCESS);
        statusRule.apply(em, vua, actor, "identity verified");
        return verification;
    }

    /** The uploaded evidence of a verification, for staff to open; audited. */
    public IdentityCheck.Evidence evidence(StaffMember staff, long verificationId) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        return transactions.write(em -> {
            IdentityVerification verification = em.find(IdentityVerification.class, verificationId);
            if (verification == null || !verification.vua().practice().id().equals(staff.practiceId())
                    || verification.evidenceFileName() == null) {
                throw new NotFoundException("No evidence file with that reference at this practice.");
            }
            audit.entry(staff.actor(), AuditAction.EVIDENCE_VIEWED).account(verification.vua().accountId().value())
                    .in(em, Outcome.SUCCESS);
            return new IdentityCheck.Evidence(verification.evidenceFileName(), verification.evidenceContentType(),
                    verification.evidence());
        });
    }
}
