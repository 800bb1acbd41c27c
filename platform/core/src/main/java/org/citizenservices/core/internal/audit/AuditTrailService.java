package org.citizenservices.core.internal.audit;

import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import jakarta.persistence.EntityManager;
import org.citizenservices.core.internal.persistence.Transactions;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes and reads the append-only audit trail. A change is audited in the transaction that makes it, so there is
 * never a change without its event nor an event for a change that rolled back; a refusal or a failed attempt is
 * audited in a transaction of its own, since the work it refused never commits.
 */
public final class AuditTrailService implements org.citizenservices.core.api.audit.AuditTrail, AutoCloseable {

    /** How long a caller waits for its event to be durable by default: {@value} ms. */
    public static final long DEFAULT_WAIT_MILLIS = 5_000;
    /** The system property that changes it (tests make the wait short). */
    public static final String WAIT_PROPERTY = "citizenservices.audit.waitMillis";

    private final Transactions transactions;
    private final Clock clock;
    private final AuditWriter writer;

    /** With the wait from {@value #WAIT_PROPERTY}, else {@link #DEFAULT_WAIT_MILLIS}. */
    public AuditTrailService(Transactions transactions, DataSource dataSource, Clock clock) {
        this(transactions, dataSource, clock, Duration.ofMillis(Long.getLong(WAIT_PROPERTY, DEFAULT_WAIT_MILLIS)));
    }

    /**
     * {@code wait}: how long a caller of {@link Entry#now} waits for its event to be durable before it gets an
     * {@link AuditUnavailableException}.
     */
    public AuditTrailService(Transactions transactions, DataSource dataSource, Clock clock, Duration wait) {
        this.transactions = transactions;
        this.clock = clock;
        this.writer = new AuditWriter(dataSource, wait);
    }

    private void writeNow(AuditEvent event) {
        if (!writer.isOpen()) {
            transactions.writeAudit(em -> {
                em.persist(event);
                return null;
            });
            return;
        }
        writer.write(event);
    }

    /** Writes what is queued, then stops the writer; later events are written one by one. */
    @Override
    public void close() {
        writer.close();
    }

    /** One event about a patient or an account, to be filled in by the caller. */
    public final class Entry implements org.citizenservices.core.api.audit.AuditTrail.Entry {
        private final Actor actor;
        private final String action;
        private Long patientId;
        private String accountId;
        private String detail;
        private Long practiceId;

        private Entry(Actor actor, String action) {
            this.actor = actor;
            this.action = action;
            this.practiceId = actor.practiceId();
        }

        @Override
        public Entry patient(Long patientId) {
            this.patientId = patientId;
            return this;
        }

        @Override
        public Entry account(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** A reason code or administrative note — never clinical text. */
        @Override
        public Entry detail(String detail) {
            this.detail = detail;
            return this;
        }

        @Override
        public Entry practice(Long practiceId) {
            this.practiceId = practiceId;
            return this;
        }

        /** Written with the caller's transaction. */
        public void in(EntityManager em, Outcome outcome) {
            em.persist(event(outcome));
        }

        /**
         * Written now, in a transaction of its own (shared with other threads' events of the same moment); returns
         * when it is durable. A value that does not fit is cut or the event flagged ({@link AuditEvent}); an event
         * the database still refuses is written as {@link AuditAction#AUDIT_REJECTED_INPUT} and this returns
         * normally — the attempt is on record, and a stranger's bad input is the caller's 4xx to give, never a 500.
         *
         * @throws AuditUnavailableException when the event is not durable within the trail's wait
         */
        @Override
        public void now(Outcome outcome) {
            writeNow(event(outcome));
        }

        private AuditEvent event(Outcome outcome) {
            return new AuditEvent(LocalDateTime.now(clock), practiceId, actor.label(), actor.actingAs(), patientId,
                    accountId, action, outcome, detail, actor.source());
        }
    }

    @Override
    public Entry entry(Actor actor, AuditAction action) {
        return new Entry(actor, action.name());
    }

    /** For a capability's own actions. */
    @Override
    public Entry entry(Actor actor, String action) {
        if (!action.matches("[A-Z][A-Z0-9_]{1,59}")) {
            throw new IllegalArgumentException("An audit action is an upper-case code: " + action);
        }
        return new Entry(actor, action);
    }

    /** Every event about a patient, newest first. */
    @Override
    public List<AuditEvent> forPatient(long patientId, int limit) {
        return transactions.read(em -> em.createQuery(
                        "select e from AuditEvent e where e.patientId = :patient order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("patient", patientId)
                .setMaxResults(limit)
                .getResultList());
    }

    /** Every event about a patient or about an online account, newest first: what a citizen sees about themself. */
    @Override
    public List<AuditEvent> forPatientOrAccount(Long patientId, String accountId, int limit) {
        return transactions.read(em -> em.createQuery(
                        "select e from AuditEvent e where e.patientId = :patient or e.accountId = :account"
                                + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("patient", patientId == null ? -1L : patientId)
                .setParameter("account", accountId)
                .setMaxResults(limit)
                .getResultList());
    }

    /**
     * The practice's sign-in pauses since {@code since}, newest first, for its administrator: a run of them on one
     * account is someone guessing its password, and the practice should know.
     */
    @Override
    public List<AuditEvent> signInPauses(org.citizenservices.core.api.service.StaffMember staff,
                                         java.time.LocalDateTime since) {
        org.citizenservices.core.api.service.StaffPermission.CONFIGURE_PRACTICE.check(staff);
        return transactions.read(em -> em.createQuery("select e from AuditEvent e where e.practiceId = :practice"
                        + " and e.action = :action and e.occurredAt >= :since order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("practice", staff.practiceId())
                .setParameter("action", AuditAction.SIGN_IN_PAUSED.name())
                .setParameter("since", since)
                .setMaxResults(100)
                .getResultList());
    }

    /** Every event with this action, newest first (tests and support). */
    @Override
    public List<AuditEvent> withAction(String action, int limit) {
        return transactions.read(em -> em.createQuery(
                        "select e from AuditEvent e where e.action = :action order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("action", action)
                .setMaxResults(limit)
                .getResultList());
    }
}
