package org.citizenservices.core.audit;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.service.Transactions;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes and reads the append-only audit trail. A change is audited in the transaction that makes it, so there is
 * never a change without its event nor an event for a change that rolled back; a refusal or a failed attempt is
 * audited in a transaction of its own, since the work it refused never commits.
 */
public final class AuditTrail implements AutoCloseable {

    private static final int MAX_BATCH = 256;

    private final Transactions transactions;
    private final Clock clock;
    private final java.util.concurrent.BlockingQueue<Pending> queue = new java.util.concurrent.LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean open = true;

    /** An event waiting for the writer, and the caller waiting for it to be durable. */
    private record Pending(AuditEvent event, java.util.concurrent.CompletableFuture<Void> written) {
    }

    public AuditTrail(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
        this.writer = new Thread(this::writeBatches, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Group commit: events written "now" from many threads at once share one transaction, and each caller returns
     * only when its event is committed — the audit stays synchronous and durable, the database commits once per
     * batch instead of once per event.
     */
    private void writeBatches() {
        java.util.List<Pending> batch = new java.util.ArrayList<>();
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                try {
                    transactions.writeAudit(em -> {
                        batch.forEach(pending -> em.persist(pending.event()));
                        return null;
                    });
                    batch.forEach(pending -> pending.written().complete(null));
                } catch (RuntimeException e) {
                    batch.forEach(pending -> pending.written().completeExceptionally(e));
                }
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void writeNow(AuditEvent event) {
        if (!open) {
            transactions.writeAudit(em -> {
                em.persist(event);
                return null;
            });
            return;
        }
        java.util.concurrent.CompletableFuture<Void> written = new java.util.concurrent.CompletableFuture<>();
        queue.add(new Pending(event, written));
        try {
            written.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Writes what is queued, then stops the writer; later events are written one by one. */
    @Override
    public void close() {
        open = false;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One event about a patient or an account, to be filled in by the caller. */
    public final class Entry {
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

        public Entry patient(Long patientId) {
            this.patientId = patientId;
            return this;
        }

        public Entry account(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** A reason code or administrative note — never clinical text. */
        public Entry detail(String detail) {
            this.detail = detail;
            return this;
        }

        public Entry practice(Long practiceId) {
            this.practiceId = practiceId;
            return this;
        }

        /** Written with the caller's transaction. */
        public void in(EntityManager em, Outcome outcome) {
            em.persist(event(outcome));
        }

        /** Written now, in a transaction of its own (shared with other threads' events of the same moment). */
        public void now(Outcome outcome) {
            writeNow(event(outcome));
        }

        private AuditEvent event(Outcome outcome) {
            return new AuditEvent(LocalDateTime.now(clock), practiceId, actor.label(), actor.actingAs(), patientId,
                    accountId, action, outcome, detail, actor.source());
        }
    }

    public Entry entry(Actor actor, AuditAction action) {
        return new Entry(actor, action.name());
    }

    /** For a capability's own actions. */
    public Entry entry(Actor actor, String action) {
        if (!action.matches("[A-Z][A-Z0-9_]{1,59}")) {
            throw new IllegalArgumentException("An audit action is an upper-case code: " + action);
        }
        return new Entry(actor, action);
    }

    /** Every event about a patient, newest first. */
    public List<AuditEvent> forPatient(long patientId, int limit) {
        return transactions.read(em -> em.createQuery(
                        "select e from AuditEvent e where e.patientId = :patient order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("patient", patientId)
                .setMaxResults(limit)
                .getResultList());
    }

    /** Every event about a patient or about an online account, newest first: what a citizen sees about themself. */
    public List<AuditEvent> forPatientOrAccount(Long patientId, String accountId, int limit) {
        return transactions.read(em -> em.createQuery(
                        "select e from AuditEvent e where e.patientId = :patient or e.accountId = :account"
                                + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("patient", patientId == null ? -1L : patientId)
                .setParameter("account", accountId)
                .setMaxResults(limit)
                .getResultList());
    }

    /** Every event with this action, newest first (tests and support). */
    public List<AuditEvent> withAction(String action, int limit) {
        return transactions.read(em -> em.createQuery(
                        "select e from AuditEvent e where e.action = :action order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("action", action)
                .setMaxResults(limit)
                .getResultList());
    }
}
