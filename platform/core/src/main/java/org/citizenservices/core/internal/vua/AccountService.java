package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;

/**
 * A core service that changes online accounts: after a change it lets the {@link #statusRule} derive the account's
 * status, and it notes the change in the account's {@link #history} for staff to display.
 */
abstract class AccountService extends CoreService {

    /** The reason a joined account's linkage carries: never the other practice's own words. */
    static final String JOINED_SIGN_IN_ENDED = "the sign-in at another practice ended";

    protected final AccountStatusRule statusRule;
    protected final VuaHistory history;

    protected AccountService(CoreContext context, AccountStatusRule statusRule) {
        super(context);
        this.statusRule = statusRule;
        this.history = new VuaHistory(clock);
    }

    /**
     * A portal sign-in that ends takes with it the accounts at other practices joined to it: they signed in with its
     * username and password, which the practice has just judged unsafe or ended.
     */
    protected void revokeJoinedTo(jakarta.persistence.EntityManager em, AccountLinkage signIn) {
        if (signIn.kind() != org.citizenservices.core.api.vua.LinkageKind.PORTAL) {
            return;
        }
        for (AccountLinkage joined : em.createQuery("select l from AccountLinkage l where l.signsInThrough = :signIn"
                + " and l.revokedAt is null", AccountLinkage.class).setParameter("signIn", signIn).getResultList()) {
            Vua vua = joined.vua();
            // the other practice's own words and staff stay there: this practice's records say only what happened
            org.citizenservices.core.api.service.Actor actor =
                    org.citizenservices.core.api.service.Actor.system(vua.practice().id());
            joined.revoke(org.citizenservices.core.api.service.Times.now(clock), JOINED_SIGN_IN_ENDED);
            history.record(em, vua, org.citizenservices.core.api.vua.HistoryKind.LINKAGE, "Citizen portal sign-in at "
                    + signIn.vua().practice().name() + " ended: this account is no longer joined to it", actor);
            audit.entry(actor, org.citizenservices.core.api.audit.AuditAction.LINKAGE_REVOKED)
                    .account(vua.accountId().value()).practice(vua.practice().id()).detail("PORTAL joined")
                    .in(em, org.citizenservices.core.api.audit.Outcome.SUCCESS);
            em.flush();
            statusRule.apply(em, vua, actor, "joined sign-in ended");
        }
    }
}
