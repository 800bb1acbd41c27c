package org.citizenservices.core.internal.audit;

import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.AuditUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Group commit: events written "now" from many threads at once share one transaction, and each caller returns only
 * when its event is committed — the audit stays synchronous and durable, the database commits once per batch instead
 * of once per event. The writer keeps one connection of its own (opening a Derby connection costs more than the
 * insert), and opens a new one after a failure, so it recovers by itself when the database comes back.
 * <p>
 * One event never costs another theirs: a batch the database refuses for its data (SQLState class 22 or 23, e.g. a
 * value too long) is written again row by row, and a row refused again is written in its rejected form
 * ({@link AuditEvent#rejected}); its caller returns normally, since its event is on record. A caller waits at most
 * {@code wait} and then gets {@link AuditUnavailableException} — never a hang, never an answer unaudited. Its event
 * may still be written later, which records an attempt that got no data: the safe side.
 */
final class AuditWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditWriter.class);
    private static final int MAX_BATCH = 256;
    private static final int MAX_ROWS_PER_INSERT = 32;
    /** Beyond this many waiting events the database is not keeping up; new callers are refused at once. */
    private static final int MAX_WAITING = 20_000;
    private static final Map<Integer, String> INSERT_ROWS = new ConcurrentHashMap<>();

    private final DataSource dataSource;
    private final Duration wait;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(MAX_WAITING);
    private final Thread thread;
    private volatile boolean open = true;
    private Connection connection;

    /** An event waiting for the writer, and the caller waiting for it to be durable. */
    private record Pending(AuditEvent event, CompletableFuture<Void> written) {
    }

    AuditWriter(DataSource dataSource, Duration wait) {
        this.dataSource = dataSource;
        this.wait = wait;
        this.thread = new Thread(this::writeBatches, "audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    boolean isOpen() {
        return open;
    }

    /** Returns when the event is durable (as given, or in its rejected form). */
    void write(AuditEvent event) {
        Pending pending = new Pending(event, new CompletableFuture<>());
        if (!queue.offer(pending)) {
            throw new AuditUnavailableException("The audit trail is not keeping up: " + MAX_WAITING
                    + " events are waiting", null);
        }
        try {
            pending.written().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AuditUnavailableException("The audit event was not durable within " + wait.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw new AuditUnavailableException("The audit trail could not be written", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException("Interrupted while waiting for the audit trail", e);
        }
    }

    private void writeBatches() {
        List<Pending> batch = new ArrayList<>();
        try {
            while (open || !queue.isEmpty()) {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeBatch(batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            dropConnection();
        }
    }

    private void writeBatch(List<Pending> batch) {
        try {
            insert(connection(), batch.stream().map(Pending::event).toList());
            connection.commit();
            batch.forEach(pending -> pending.written().complete(null));
        } catch (SQLException e) {
            rollback();
            if (refusedForItsData(e)) {
                writeOneByOne(batch);
            } else {
                fail(batch, e);
            }
        } catch (RuntimeException e) {
            fail(batch, e);
        }
    }

    private void writeOneByOne(List<Pending> batch) {
        for (int i = 0; i < batch.size(); i++) {
            Pending pending = batch.get(i);
            AuditEvent event = pending.event();
            try {
                try {
                    commitOne(event);
                } catch (SQLException refused) {
                    rollback();
                    if (!refusedForItsData(refused)) {
                        throw refused;
                    }
                    // the SQLState says why; the message may quote the value, which is not the log's to keep
                    LOG.warn("The database refused an audit event of action {} (SQLState {}); it is written as {}",
                            event.action(), refused.getSQLState(), AuditAction.AUDIT_REJECTED_INPUT);
                    commitOne(event.rejected("the database refused the row (SQLState " + refused.getSQLState() + ")"));
                }
                pending.written().complete(null);
            } catch (SQLException e) {
                rollback();
                if (!refusedForItsData(e)) {
                    fail(batch.subList(i, batch.size()), e);
                    return;
                }
                pending.written().completeExceptionally(e);
            } catch (RuntimeException e) {
                fail(batch.subList(i, batch.size()), e);
                return;
            }
        }
    }

    private void commitOne(AuditEvent event) throws SQLException {
        insert(connection(), List.of(event));
        connection.commit();
    }

    /** Data exceptions (22: too long, invalid) and integrity violations (23: a check): the row, not the database. */
    private static boolean refusedForItsData(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    private void fail(List<Pending> batch, Exception e) {
        LOG.warn("The audit trail could not be written ({} events waiting): {}", batch.size(),
                e instanceof SQLException sql ? "SQLState " + sql.getSQLState() : e.getClass().getName());
        dropConnection();
        batch.forEach(pending -> pending.written().completeExceptionally(e));
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        }
        return connection;
    }

    private void rollback() {
        try {
            if (connection != null) {
                connection.rollback();
            }
        } catch (SQLException gone) {
            dropConnection();
        }
    }

    private void dropConnection() {
        if (connection == null) {
            return;
        }
        try (Connection closing = connection) {
            closing.rollback();
        } catch (SQLException gone) {
            // the connection is dropped either way; the next batch opens a new one
        }
        connection = null;
    }

    /**
     * The group as multi-row inserts of 32, 16, … 1 rows: through the entity manager each event cost an insert, an
     * identity read-back and a clone, and Derby runs a JDBC batch as one statement per row; one statement per chunk
     * opens the table and its indexes once.
     */
    private static void insert(Connection connection, List<AuditEvent> events) throws SQLException {
        int done = 0;
        while (done < events.size()) {
            int rows = Integer.highestOneBit(Math.min(events.size() - done, MAX_ROWS_PER_INSERT));
            try (PreparedStatement insert = connection.prepareStatement(insertOf(rows))) {
                int column = 1;
                for (AuditEvent event : events.subList(done, done + rows)) {
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
                + String.join(", ", Collections.nCopies(n, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        open = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
