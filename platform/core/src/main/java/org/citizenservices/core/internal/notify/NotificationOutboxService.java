package org.citizenservices.core.internal.notify;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;
import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.internal.vua.Vua;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.spi.CitizenService;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The durable outbox of notices to citizens. A notice is written in the transaction of the change that causes it,
 * so a change that rolls back sends nothing and one that commits is never lost; a sender on any node then claims it
 * (a conditional update: one claimant wins), sends it, and records the outcome — retrying with growing pauses, and
 * after the last attempt leaving it for the practice to see. A claim lapses after a while, so a node that died while
 * sending does not keep its notices forever: at least once, and once in all but that rare case.
 */
public final class NotificationOutboxService extends CoreService implements org.citizenservices.core.api.notify.NotificationOutbox {

    static final int MAX_ATTEMPTS = 8;
    private static final Duration CLAIM = Duration.ofMinutes(2);


    public NotificationOutboxService(CoreContext context) {
        super(context);
    }

    /** Queues a notice in the caller's transaction: it is sent only if that transaction commits. */
    public void enqueue(EntityManager em, long practiceId, String accountId, String notice) {
        check(notice);
        em.persist(new OutboxNotification(practiceId, accountId, notice.strip(), now()));
    }

    private static void check(String notice) {
        if (notice == null || notice.isBlank() || notice.length() > MAX_NOTICE) {
            throw new IllegalArgumentException("A notification is a short notice of at most " + MAX_NOTICE
                    + " characters.");
        }
    }

    /** Queues a notice on its own, for a change that has already committed elsewhere (a capability's). */
    @Override
    public void enqueue(long practiceId, String accountId, String notice) {
        transactions.write(em -> {
            enqueue(em, practiceId, accountId, notice);
            return null;
        });
    }

    /**
     * Queues a notice about {@code service} for every account that may use it for the patient today, in one
     * transaction, each audited as the system's; how many. Nobody when the patient is unknown.
     */
    @Override
    public int enqueueForPatient(long patientId, CitizenService service, String notice) {
        return enqueueFor(patientId, service, notice, false);
    }

    @Override
    public int enqueueForPatientOnly(long patientId, CitizenService service, String notice) {
        return enqueueFor(patientId, service, notice, true);
    }

    private int enqueueFor(long patientId, CitizenService service, String notice, boolean ownAccountOnly) {
        record Told(Long practiceId, List<String> accounts) {
        }
        check(notice);
        Told told = transactions.write(em -> {
            Patient patient = em.find(Patient.class, patientId);
            if (patient == null) {
                return new Told(null, List.of());
            }
            List<String> accounts = PatientNoticeRecipients.accounts(em, patient, service,
                    Times.today(clock), ownAccountOnly);
            accounts.forEach(account -> enqueue(em, patient.practice().id(), account, notice));
            return new Told(patient.practice().id(), accounts);
        });
        for (String account : told.accounts()) {
            audit.entry(Actor.system(told.practiceId()), AuditAction.CITIZEN_NOTIFICATION).patient(patientId)
                    .account(account).detail("queued: " + service.key()).now(Outcome.SUCCESS);
        }
        return told.accounts().size();
    }

    /**
     * A practice user's notice to one of the practice's citizens (a capability asks through the SPI), queued and
     * audited; false, audited as denied, when the account is not one of the practice's.
     */
    @Override
    public boolean enqueueFromStaff(StaffMember staff, String accountId, String notice) {
        check(notice);
        boolean known = transactions.read(em -> em.createQuery(
                        "select count(v) from Vua v where v.accountId = :id and v.practice.id = :practice", Long.class)
                .setParameter("id", accountId).setParameter("practice", staff.practiceId()).getSingleResult() > 0);
        if (!known) {
            audit.entry(staff.actor(), AuditAction.CITIZEN_NOTIFICATION).account(accountId)
                    .detail("no such account at the practice").now(Outcome.DENIED);
            return false;
        }
        // durable before we answer; the sender delivers it after this returns, and retries if it must
        enqueue(staff.practiceId(), accountId, notice);
        audit.entry(staff.actor(), AuditAction.CITIZEN_NOTIFICATION).account(accountId).detail("queued")
                .now(Outcome.SUCCESS);
        return true;
    }

    /** Up to {@code max} due notices, each claimed by {@code node} alone. */
    @Override
    public List<Claimed> claimDue(String node, int max) {
        LocalDateTime now = now();
        List<Long> due = transactions.read(em -> em.createQuery("select n.id from OutboxNotification n"
                        + " where n.status = :queued and n.nextAttemptAt <= :now"
                        + " and (n.claimedUntil is null or n.claimedUntil < :now) order by n.nextAttemptAt, n.id",
                        Long.class)
                .setParameter("queued", OutboxNotification.Status.QUEUED).setParameter("now", now)
                .setMaxResults(max).getResultList());
        List<Claimed> claimed = new ArrayList<>();
        for (long id : due) {
            claim(id, node, now).ifPresent(claimed::add);
        }
        return claimed;
    }

    private Optional<Claimed> claim(long id, String node, LocalDateTime now) {
        return transactions.writeBookkeeping(em -> {
            int won = em.createQuery("update OutboxNotification n set n.claimedBy = :node, n.claimedUntil = :until"
                            + " where n.id = :id and n.status = :queued"
                            + " and (n.claimedUntil is null or n.claimedUntil < :now)")
                    .setParameter("node", node).setParameter("until", now.plus(CLAIM)).setParameter("id", id)
                    .setParameter("queued", OutboxNotification.Status.QUEUED).setParameter("now", now)
                    .executeUpdate();
            if (won != 1) {
                return Optional.empty();
            }
            OutboxNotification notification = em.find(OutboxNotification.class, id);
            em.refresh(notification);
            return Optional.of(new Claimed(id, notification.accountId(), notification.notice(),
                    recipient(em, notification)));
        });
    }

    /** Only an ACTIVE account of the notice's practice is contacted, and only through confirmed details. */
    private static Optional<Recipient> recipient(EntityManager em, OutboxNotification notification) {
        return em.createQuery("select v from Vua v where v.accountId = :id and v.practice.id = :practice", Vua.class)
                .setParameter("id", notification.accountId())
                .setParameter("practice", notification.practiceId())
                .getResultStream()
                .filter(v -> v.status() == VuaStatus.ACTIVE)
                .findFirst()
                .map(v -> new Recipient(v.displayName(),
                        v.confirmedEmail().orElse(null), v.confirmedMobile().orElse(null),
                        v.contactPreference() == null ? "EMAIL" : v.contactPreference().name()));
    }

    @Override
    public void sent(long id, String channel) {
        OutboxNotification done = transactions.writeBookkeeping(em -> {
            OutboxNotification notification = em.find(OutboxNotification.class, id);
            notification.sent(channel, now());
            return notification;
        });
        audit.entry(org.citizenservices.core.api.service.Actor.system(done.practiceId()), AuditAction.CITIZEN_NOTIFICATION)
                .practice(done.practiceId()).account(done.accountId()).detail("sent by " + channel)
                .now(Outcome.SUCCESS);
    }

    /** {@code why} is shown to the practice: a kind of failure, never an address or a secret. */
    @Override
    public void attemptFailed(long id, String why) {
        OutboxNotification failed = transactions.writeBookkeeping(em -> {
            OutboxNotification notification = em.find(OutboxNotification.class, id);
            notification.attemptFailed(why, now(), MAX_ATTEMPTS);
            return notification;
        });
        if (failed.status() == OutboxNotification.Status.FAILED) {
            audit.entry(org.citizenservices.core.api.service.Actor.system(failed.practiceId()), AuditAction.CITIZEN_NOTIFICATION)
                    .practice(failed.practiceId()).account(failed.accountId())
                    .detail("given up after " + failed.attempts() + " attempts: " + failed.lastError())
                    .now(Outcome.FAILED);
        }
    }

    /** The practice's notices that could not be sent, newest first. */
    @Override
    public List<OutboxNotification> failures(StaffMember staff) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        return transactions.read(em -> em.createQuery("select n from OutboxNotification n"
                        + " where n.practiceId = :practice and n.status = :failed order by n.createdAt desc",
                        OutboxNotification.class)
                .setParameter("practice", staff.practiceId())
                .setParameter("failed", OutboxNotification.Status.FAILED)
                .setMaxResults(100).getResultList());
    }

    /** Sends a given-up notice again, from the first attempt. */
    @Override
    public void retry(StaffMember staff, long id) {
        StaffPermission.MANAGE_ACCOUNTS.check(staff);
        transactions.write(em -> {
            OutboxNotification notification = em.find(OutboxNotification.class, id);
            if (notification == null || notification.practiceId() != staff.practiceId()
                    || notification.status() != OutboxNotification.Status.FAILED) {
                throw new IllegalArgumentException("There is no such unsent notification at your practice.");
            }
            notification.retry(now());
            audit.entry(staff.actor(), AuditAction.CITIZEN_NOTIFICATION).account(notification.accountId())
                    .detail("sent again by the practice").in(em, Outcome.SUCCESS);
            return null;
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
