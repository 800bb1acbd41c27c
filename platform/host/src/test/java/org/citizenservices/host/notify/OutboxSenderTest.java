package org.citizenservices.host.notify;

import org.citizenservices.host.TestClock;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.citizenservices.core.Core;
import org.citizenservices.core.demo.DemoPractice;
import org.citizenservices.core.api.notify.OutboxNotificationDetails;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox on a real core (Derby) with a real SMTP server (GreenMail) that is down, then up: a notice waits, is
 * retried on its schedule, and arrives exactly once however many senders run; one that never gets through is shown
 * to the practice, which can send it again.
 */
class OutboxSenderTest {

    @TempDir
    static Path dir;
    // retries are minutes apart
    static final TestClock clock = new TestClock("2026-12-04T09:00:00Z");
    static Database database;
    static Core core;
    static int smtpPort;
    static SmtpNotifier smtp;

    @BeforeAll
    static void open() throws Exception {
        database = Database.open(dir.resolve("derby"));
        core = Core.open(new ModulePersistence(database), clock, new SecretHasher(1024, 1, 1), Set::of);
        core.seedDemoPeople().ifPresent(Runnable::run);
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        Properties settings = new Properties();
        settings.setProperty("mail.smtp.host", "127.0.0.1");
        settings.setProperty("mail.smtp.port", Integer.toString(smtpPort));
        settings.setProperty("mail.smtp.connectiontimeout", "2000");
        settings.setProperty("from", "practice@example.org");
        smtp = new SmtpNotifier(settings);
    }

    @AfterAll
    static void close() {
        core.close();
        database.close();
    }

    @Test
    void withTheMailServerDownThenUp_theNoticeArrivesExactlyOnce() throws Exception {
        OutboxSender nodeA = new OutboxSender(core::outbox, smtp, "a");
        OutboxSender nodeB = new OutboxSender(core::outbox, smtp, "b");
        core.outbox().enqueue(practiceId(), DemoPractice.JANE_ACCOUNT, "You have a new message from your GP practice.");

        assertThat(nodeA.sendDue()).as("the mail server is down").isZero();
        assertThat(nodeB.sendDue()).as("not due again yet").isZero();

        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            clock.advance(Duration.ofSeconds(61));
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(nodeA::sendDue);
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(nodeB::sendDue);
            assertThat(a.get() + b.get()).as("sent by one node or the other").isPositive();

            clock.advance(Duration.ofHours(2));
            nodeA.sendDue();
            nodeB.sendDue();
            assertThat(java.util.Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> com.icegreen.greenmail.util.GreenMailUtil.getBody(m).contains("new message")))
                    .singleElement()
                    .satisfies(m -> assertThat(m.getAllRecipients()[0].toString())
                            .isEqualTo("jane.demo@example.com"));
        } finally {
            mail.stop();
        }
    }

    @Test
    void aNoticeThatNeverGetsThrough_isShownToThePractice_whichMaySendItAgain() {
        OutboxSender sender = new OutboxSender(core::outbox, smtp, "a");
        StaffMember manager = core.staffSignIn().signIn("manager", DemoPractice.STAFF_PASSWORD);
        core.outbox().enqueue(practiceId(), DemoPractice.JANE_ACCOUNT, "Your repeat prescription is ready.");

        for (int attempt = 0; attempt < 8; attempt++) {
            sender.sendDue();
            clock.advance(Duration.ofMinutes(61));
        }

        assertThat(core.outbox().failures(manager)).extracting(OutboxNotificationDetails::notice)
                .contains("Your repeat prescription is ready.");
        OutboxNotificationDetails failed = core.outbox().failures(manager).get(0);
        assertThat(failed.attempts()).isEqualTo(8);
        assertThat(failed.lastError()).doesNotContain("jane.demo");
        core.outbox().retry(manager, failed.id());
        assertThat(core.outbox().failures(manager)).extracting(OutboxNotificationDetails::id).doesNotContain(failed.id());
    }

    @Test
    void aChangeThatRollsBack_queuesNothing() {
        StaffMember manager = core.staffSignIn().signIn("manager", DemoPractice.STAFF_PASSWORD);
        long before = queued();
        assertThatThrownBy(() -> core.transactions().write(em -> {
            // queued in the change's own transaction: only the implementation takes one
            ((org.citizenservices.core.internal.notify.NotificationOutboxService) core.outbox()).enqueue(em,
                    manager.practiceId(), DemoPractice.JANE_ACCOUNT, "Never sent.");
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        assertThat(queued()).isEqualTo(before);
    }

    private static long practiceId() {
        return core.staffSignIn().signIn("manager", DemoPractice.STAFF_PASSWORD).practiceId();
    }

    private static long queued() {
        return core.transactions().read(em -> em.createQuery("select count(n) from OutboxNotification n",
                Long.class).getSingleResult());
    }
}
