package org.citizenservices.core.internal.vua;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.HistoryKind;

import java.time.Clock;
import java.util.List;

/** The linkages made through one registered app, ended together when the supplier revokes the app. */
public final class AppLinkages {

    private final Clock clock;
    private final AccountStatusRule statusRule;

    public AppLinkages(Clock clock, AccountStatusRule statusRule) {
        this.clock = clock;
        this.statusRule = statusRule;
    }

    /** Revokes every live linkage of the app, each in its account's history, and re-applies the status rule. */
    public int revokeAll(EntityManager em, long appId, String appLabel, Actor actor, String why) {
        List<AccountLinkage> live = em.createQuery("select l from AccountLinkage l where l.appId = :app"
                + " and l.revokedAt is null", AccountLinkage.class).setParameter("app", appId).getResultList();
        for (AccountLinkage linkage : live) {
            linkage.revoke(Times.now(clock), "app revoked by the supplier: " + why);
            em.persist(new VuaHistoryEntry(linkage.vua().id(), Times.now(clock), HistoryKind.LINKAGE,
                    "Linkage to " + appLabel + " ended: the app's registration was revoked", actor.label()));
            em.flush();
            statusRule.apply(em, linkage.vua(), actor, "app revoked");
        }
        return live.size();
    }
}
