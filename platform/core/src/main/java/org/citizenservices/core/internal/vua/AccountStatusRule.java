package org.citizenservices.core.internal.vua;

import org.citizenservices.core.api.vua.AccountConditions;
import org.citizenservices.core.api.vua.HistoryKind;
import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.internal.audit.AuditTrailService;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.service.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every account's status true to the rule of domain.md after any change that touches it: ACTIVE only with a
 * completed account linkage, a verified identity and at least one live patient association, and not suspended by
 * staff; otherwise INACTIVE. Each change is written to the account's history and the audit trail with who and why.
 */
public final class AccountStatusRule {

    private final AuditTrailService audit;
    private final Clock clock;

    public AccountStatusRule(AuditTrailService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** What the rule sees for an account now. */
    public AccountConditions conditions(EntityManager em, Vua vua) {
        LocalDate today = Times.today(clock);
        long linkages = em.createQuery("select count(l) from AccountLinkage l where l.vua = :vua and l.revokedAt is null",
                Long.class).setParameter("vua", vua).getSingleResult();
        long verifications = em.createQuery("select count(v) from IdentityVerification v where v.vua = :vua", Long.class)
                .setParameter("vua", vua).getSingleResult();
        int live = (int) associationsOf(em, vua).stream().filter(a -> a.isLiveOn(today)).count();
        return new AccountConditions(linkages > 0, verifications > 0, live, vua.suspended());
    }

    static List<PatientAssociation> associationsOf(EntityManager em, Vua vua) {
        return em.createQuery("select a from PatientAssociation a where a.vua = :vua order by a.startDate, a.id",
                PatientAssociation.class).setParameter("vua", vua).getResultList();
    }

    /** Applies the rule; records the change, if any, as made by {@code actor} because of {@code why}. */
    public VuaStatus apply(EntityManager em, Vua vua, Actor actor, String why) {
        VuaStatus required = conditions(em, vua).required();
        if (required != vua.status()) {
            VuaStatus before = vua.status();
            vua.status(required);
            LocalDateTime now = Times.now(clock);
            em.persist(new VuaHistoryEntry(vua.id(), now, HistoryKind.STATUS,
                    before + " → " + required + ": " + why, actor.label()));
            audit.entry(actor, AuditAction.ACCOUNT_STATUS_CHANGED).account(vua.accountId().value())
                    .practice(vua.practice().id()).detail(before + " to " + required).in(em, Outcome.SUCCESS);
        }
        return required;
    }
}
