package org.citizenservices.core.audit;

import org.citizenservices.core.internal.audit.AuditEvent;
import org.citizenservices.core.internal.audit.AuditTrailService;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.AuditUnavailableException;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.support.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One event that cannot be written never costs another theirs, and a caller whose event cannot be made durable in
 * time is told so rather than kept waiting — on a real Derby database, stalled by holding the table's lock from
 * another connection, made to refuse a row by a check constraint.
 */
class AuditIsolationTest {

    @TempDir
    Path dir;
    CoreFixture fixture;
    DataSource core;
    Actor actor = new Actor("Isolation Test", ActingAs.SYSTEM, null, "test");

    @BeforeEach
    void open() {
        fixture = new CoreFixture(dir);
        core = fixture.database.dataSourceFor("CORE");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenOneRowTheDatabaseRefusesInABatch_thenEveryOtherRowIsWrittenAndItIsRecordedAsRejected() throws Exception {
        try (Connection admin = core.getConnection(); Statement ddl = admin.createStatement()) {
            ddl.execute("ALTER TABLE AUDIT_EVENT ADD CONSTRAINT TEST_REFUSES CHECK (DETAIL IS NULL OR DETAIL <> 'poison')");
        }
        try (AuditTrailService audit = trail(Duration.ofSeconds(60))) {
            List<Thread> callers = new ArrayList<>();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            try (Connection stall = stall()) {
                // the first event holds the writer at the lock; the next 41 queue up behind it as one batch
                callers.add(caller(audit, "first", failures));
                awaitTrue(() -> lockWaits() > 0);
                for (int i = 0; i < 41; i++) {
                    callers.add(caller(audit, i == 20 ? "poison" : "event " + i, failures));
                }
                awaitTrue(() -> callers.stream().allMatch(t -> t.getState() == Thread.State.TIMED_WAITING));
                stall.commit();
            }
            for (Thread caller : callers) {
                caller.join();
            }

            assertThat(failures).isEmpty();
            assertThat(audit.withAction("ISOLATION_TEST", 100)).extracting(AuditEvent::detail)
                    .hasSize(41).contains("first", "event 0", "event 40").doesNotContain("poison");
            assertThat(audit.withAction(AuditAction.AUDIT_REJECTED_INPUT.name(), 10)).singleElement().satisfies(e -> {
                assertThat(e.detail()).contains("SQLState 23513").contains("ISOLATION_TEST");
                assertThat(e.actor()).isEqualTo("Isolation Test");
                assertThat(e.outcome()).isEqualTo(Outcome.FAILED);
            });
        }
    }

    @Test
    void givenValuesLongerThanTheirColumns_thenTextIsCutWithAMarkerAndAnOverLongAccountIdIsFlagged() {
        try (AuditTrailService audit = trail(Duration.ofSeconds(60))) {
            audit.entry(actor, AuditAction.LINKAGE_ATTEMPT).account("DEMO1000011234567890").detail("x".repeat(400))
                    .now(Outcome.FAILED);
            audit.entry(new Actor("L".repeat(200), ActingAs.APP, null, "app: " + "S".repeat(100)), "ISOLATION_TEST")
                    .account("DEMO100001").detail("d".repeat(301)).now(Outcome.SUCCESS);

            AuditEvent flagged = audit.withAction(AuditAction.AUDIT_REJECTED_INPUT.name(), 10).get(0);
            assertThat(flagged.accountId()).isEqualTo("DEMO1000011\u2026");
            assertThat(flagged.detail()).startsWith("accountId did not fit (20 characters, at most 12); action "
                    + "LINKAGE_ATTEMPT: xxx").hasSize(300).endsWith("\u2026");
            AuditEvent cut = audit.withAction("ISOLATION_TEST", 10).get(0);
            assertThat(cut.accountId()).isEqualTo("DEMO100001");
            assertThat(cut.actor()).hasSize(120).endsWith("L\u2026");
            assertThat(cut.source()).hasSize(60).endsWith("S\u2026");
            assertThat(cut.detail()).hasSize(300).endsWith("d\u2026");
            // a cut ID is never found as a real account's event
            assertThat(audit.forPatientOrAccount(null, "DEMO10000112", 10)).isEmpty();
        }
    }

    @Test
    void givenAStalledDatabase_thenTheCallerGetsAuditUnavailableAfterTheWait_andTheTrailRecoversWhenItIsBack()
            throws Exception {
        try (AuditTrailService audit = trail(Duration.ofMillis(300))) {
            try (Connection stall = stall()) {
                assertThatThrownBy(() -> audit.entry(actor, "ISOLATION_TEST").detail("stalled").now(Outcome.SUCCESS))
                        .isInstanceOf(AuditUnavailableException.class).hasMessageContaining("300 ms");
                stall.commit();
            }

            audit.entry(actor, "ISOLATION_TEST").detail("after").now(Outcome.SUCCESS);
            // the stalled event was written once the lock went: an attempt on record, never data unaudited
            assertThat(audit.withAction("ISOLATION_TEST", 10)).extracting(AuditEvent::detail)
                    .containsExactlyInAnyOrder("stalled", "after");
        }
    }

    @Test
    void givenTheWriterFailsOnTheDatabase_thenItsCallersGetAuditUnavailable_andLaterEventsAreWrittenAgain()
            throws Exception {
        try (Connection admin = core.getConnection(); Statement set = admin.createStatement()) {
            set.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
        }
        try (AuditTrailService audit = trail(Duration.ofSeconds(60))) {
            try (Connection stall = stall()) {
                // the insert times out on the lock: a failure of the database, not of the row — no retry, no rejection
                assertThatThrownBy(() -> audit.entry(actor, "ISOLATION_TEST").detail("failed").now(Outcome.SUCCESS))
                        .isInstanceOf(AuditUnavailableException.class).hasCauseInstanceOf(SQLException.class);
                stall.commit();
            }

            audit.entry(actor, "ISOLATION_TEST").detail("recovered").now(Outcome.SUCCESS);
            assertThat(audit.withAction("ISOLATION_TEST", 10)).extracting(AuditEvent::detail).containsExactly("recovered");
            assertThat(audit.withAction(AuditAction.AUDIT_REJECTED_INPUT.name(), 10)).isEmpty();
        }
    }

    private AuditTrailService trail(Duration wait) {
        return new AuditTrailService(fixture.core.transactions(), core, fixture.clock, wait);
    }

    /** Another connection holding the audit table's exclusive lock until it commits. */
    private Connection stall() throws SQLException {
        Connection stall = core.getConnection();
        stall.setAutoCommit(false);
        try (Statement lock = stall.createStatement()) {
            lock.execute("LOCK TABLE AUDIT_EVENT IN EXCLUSIVE MODE");
        }
        return stall;
    }

    private int lockWaits() {
        try (Connection c = core.getConnection(); Statement s = c.createStatement();
             ResultSet waits = s.executeQuery("SELECT COUNT(*) FROM SYSCS_DIAG.LOCK_TABLE"
                     + " WHERE TABLENAME = 'AUDIT_EVENT' AND STATE = 'WAIT'")) {
            waits.next();
            return waits.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Thread caller(AuditTrailService audit, String detail, ConcurrentLinkedQueue<Throwable> failures) {
        Thread caller = new Thread(() -> {
            try {
                audit.entry(actor, "ISOLATION_TEST").detail(detail).now(Outcome.FAILED);
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        caller.start();
        return caller;
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 3_000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
