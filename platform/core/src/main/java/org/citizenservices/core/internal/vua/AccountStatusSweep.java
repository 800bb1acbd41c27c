package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.service.CoreContext;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-applies the {@link AccountStatusRule} to accounts that the passing of days may have changed: an association
 * dated to start in the future makes its account ACTIVE on that day, and one dated to end makes it INACTIVE, without
 * anyone touching the account. The host runs it at start and every few minutes. Nodes sharing a database may run it
 * at the same moment: each account is read for update and changed only if its stored status is still wrong (the
 * version column backs this up), so a change is made — and written to history and audit — once.
 */
public final class AccountStatusSweep extends AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStatusSweep.class);
    private static final String LIVE = "a.vua = v and a.startDate <= :today and (a.endDate is null or a.endDate"
            + " > :today) and (a.accessUntil is null or a.accessUntil >= :today)";

    private final ProxyAccessDates proxyDates;

    public AccountStatusSweep(CoreContext context, AccountStatusRule statusRule, ProxyAccessDates.Notices notices) {
        super(context, statusRule);
        this.proxyDates = new ProxyAccessDates(context, statusRule, notices);
    }

    /**
     * Ends time-limited proxy access that has run out and queues the notices before it ends or is reviewed
     * ({@link ProxyAccessDates}), then brings every account whose status the date may have changed up to date; the
     * number of accounts changed by this call.
     */
    public int run() {
        proxyDates.run();
        LocalDate today = Times.today(clock);
        int changed = 0;
        for (long vuaId : candidates(today)) {
            try {
                changed += transactions.write(em -> {
                    Vua vua = em.find(Vua.class, vuaId, LockModeType.PESSIMISTIC_WRITE);
                    VuaStatus before = vua.status();
                    return statusRule.apply(em, vua, Actor.system(vua.practice().id()),
                            "association start or end date reached") != before ? 1 : 0;
                });
            } catch (PersistenceException otherNode) {
                // another node changed the same account first; it wrote the history and audit
                LOG.debug("Account {} re-evaluated elsewhere: {}", vuaId, otherNode.toString());
            }
        }
        if (changed > 0) {
            LOG.info("Account status sweep changed {} account(s) as association dates were reached", changed);
        }
        return changed;
    }

    /**
     * INACTIVE accounts with a linkage, a verified identity and now a live association (a suspended one among them
     * stays INACTIVE: the rule decides), and ACTIVE accounts with no live association left; a superset is harmless,
     * but it keeps the sweep from reading every account every time.
     */
    private List<Long> candidates(LocalDate today) {
        return transactions.read(em -> {
            List<Long> ids = new ArrayList<>(em.createQuery("select v.id from Vua v where v.status = :inactive"
                            + " and exists (select l from AccountLinkage l where l.vua = v and l.revokedAt is null)"
                            + " and exists (select i from IdentityVerification i where i.vua = v)"
                            + " and exists (select a from PatientAssociation a where " + LIVE + ")", Long.class)
                    .setParameter("inactive", VuaStatus.INACTIVE).setParameter("today", today).getResultList());
            ids.addAll(em.createQuery("select v.id from Vua v where v.status = :active"
                            + " and not exists (select a from PatientAssociation a where " + LIVE + ")", Long.class)
                    .setParameter("active", VuaStatus.ACTIVE).setParameter("today", today).getResultList());
            return ids;
        });
    }
}
