package org.citizenservices.core.audit;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.service.Transactions;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
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
    private static final int MAX_ROWS_PER_INSERT = 32;
    private static final java.util.Map<Integer, String> INSERT_ROWS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Transactions transactions;
    private final DataSource dataSource;
    private final Clock clock;
    private final java.util.concurrent.BlockingQueue<Pending> queue = new java.util.concurrent.LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean open = true;

    /** An event waiting for the writer, and the caller waiting for it to be durable. */
    private record Pending(AuditEvent event, java.util.concurrent.CompletableFuture<Void> written) {
    }

    public AuditTrail(Transactions transactions, DataSource dataSource, Clock clock) {
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.clock = clock;
        this.writer = new Thread(this::writeBatches, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Group commit: events written "now" from many threads at once share one transaction, and each caller returns
     * only when its event is committed — the audit stays synchronous and durable, the database commits once per
     * batch instead of once per event. The writer keeps one connection of its own (opening a Derby connection
     * costs more than the insert), and opens a new one after a failure.
     */
    private void writeBatches() {
        java.util.List<Pending> batch = new java.util.ArrayList<>();
        Connection connection = null;
        try {
            while (open || !queue.isEmpty()) {
                Pending first = queue.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                try {
                    if (connection == null) {
                        connection = dataSource.getConnection();
                        connection.setAutoCommit(false);
                    }
                    insert(connection, batch);
                    connection.commit();
                    batch.forEach(pending -> pending.written().complete(null));
                } catch (SQLException | RuntimeException e) {
                    IllegalStateException failure = new IllegalStateException("The audit trail could not be written", e);
                    batch.forEach(pending -> pending.written().completeExceptionally(failure));
                    closeQuietly(connection);
                    connection = null;
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try (connection) {
            connection.rollback();
        } catch (SQLException gone) {
            // the connection is dropped either way; the next batch opens a new one
        }
    }

    /**
     * The group as multi-row inserts of 32, 16, … 1 rows: through the entity manager each event cost an insert, an
     * identity read-back and a clone, and Derby runs a JDBC batch as one statement per row; one statement per chunk
     * opens the table and its indexes once.
     */
    private static void insert(Connection connection, List<Pending> batch) throws SQLException {
        int done = 0;
        while (done < batch.size()) {
            int rows = Integer.highestOneBit(Math.min(batch.size() - done, MAX_ROWS_PER_INSERT));
            try (PreparedStatement insert = connection.prepareStatement(insertOf(rows))) {
                int column = 1;
                for (Pending pending : batch.subList(done, done + rows)) {
                    AuditEvent event = pending.event();
                    insert.setTimestamp(column++, Timestamp.valueOf(event.occurredAt()));
                    insert.setObject(column++, event.practiceId(), Types.BIGINT);
                    insert.setString(column++, event.actor());
                    insert.setString(column++, event.actingAs().name());
                    insert.setObject(column++, event.patientId(), Types.BIGINT);
                    insert.setString(column++, event.accountId());
                    insert.setString(column++, event.action());
                    insert.setString(column++, event.outcome().name());
                    insert.setString(column++, event.detail());
                    insert.setString(column++, event.source());
                }
                insert.executeUpdate();
            }
            done += rows;
        }
    }

    private static String insertOf(int rows) {
        return INSERT_ROWS.computeIfAbsent(rows, n -> "INSERT INTO AUDIT_EVENT (OCCURRED_AT, PRACTICE_ID, ACTOR,"
                + " ACTING_AS, PATIENT_ID, ACCOUNT_ID, ACTION, OUTCOME, DETAIL, SOURCE) VALUES "
                + String.join(", ", java.util.Collections.nCopies(n, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
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
