package org.citizenservices.host.notify;

import org.citizenservices.host.TestClock;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.citizenservices.core.Core;
import org.citizenservices.core.demo.DemoPractice;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.internal.notify.OutboxNotification;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.vua.ContactChannel;
import org.citizenservices.core.api.vua.VuaDetails;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verified contact end to end, on a real core (Derby) and a real SMTP server (GreenMail): a notice for an address the
 * citizen has not confirmed waits; the code that confirms it arrives by email and is typed back; the waiting notice
 * then goes to the confirmed address — and an installation without a mail server offers no code at all.
 */
class VerifiedContactTest {

    static final String NEW_ADDRESS = "jane.new@example.com";

    @TempDir
    Path dir;
    final TestClock clock = new TestClock("2026-12-04T09:00:00Z");
    Database database;
    Core core;
    GreenMail mail;
    SmtpNotifier smtp;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("derby"));
        core = Core.open(new ModulePersistence(database), clock, new SecretHasher(1024, 1, 1), Set::of);
        core.seedDemoPeople().ifPresent(Runnable::run);
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Properties settings = new Properties();
        settings.setProperty("mail.smtp.host", "127.0.0.1");
        settings.setProperty("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
        settings.setProperty("from", "practice@example.org");
        smtp = new SmtpNotifier(settings);
    }

    @AfterEach
    void close() {
        mail.stop();
        core.close();
        database.close();
    }

    @Test
    void givenANewUnconfirmedAddress_thenTheNoticeWaits_untilTheCodeSentThereIsTypedBack() throws Exception {
        StaffMember reception = core.staffSignIn().signIn("reception", DemoPractice.STAFF_PASSWORD);
        VuaDetails jane = core.accounts().search(reception, DemoPractice.JANE_ACCOUNT).get(0);
        core.accounts().editDetails(reception, jane.id(), jane.name(), jane.dateOfBirth(),
                ContactDetails.of(null, null, "07700900001", NEW_ADDRESS));
        OutboxSender sender = new OutboxSender(core::outbox, smtp, "a");
        core.outbox().enqueue(reception.practiceId(), DemoPractice.JANE_ACCOUNT,
                "You have a new message from your GP practice.");

        assertThat(sender.sendDue()).as("not confirmed yet").isZero();
        assertThat(mail.getReceivedMessages()).isEmpty();
        OutboxNotification waiting = core.transactions().read(em -> em.createQuery(
                "select n from OutboxNotification n", OutboxNotification.class).getSingleResult());
        assertThat(waiting.lastError()).isEqualTo("No confirmed email address");

        ContactCodes codes = new ContactCodes(smtp);
        assertThat(codes.send(core.contacts().sendCode(reception, jane.id(), ContactChannel.EMAIL))).isTrue();
        MimeMessage codeMail = mail.getReceivedMessages()[0];
        assertThat(codeMail.getAllRecipients()[0].toString()).isEqualTo(NEW_ADDRESS);
        core.contacts().confirm(reception, jane.id(), ContactChannel.EMAIL, codeIn(codeMail));

        clock.advance(Duration.ofSeconds(61));
        assertThat(sender.sendDue()).isEqualTo(1);
        List<MimeMessage> notices = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> GreenMailUtil.getBody(m).contains("new message")).toList();
        assertThat(notices).singleElement().satisfies(m ->
                assertThat(m.getAllRecipients()[0].toString()).isEqualTo(NEW_ADDRESS));
    }

    @Test
    void givenNoWayToDeliver_thenNoCodeIsOffered_andNoneIsWrittenToTheLog() {
        ContactCodes logOnly = new ContactCodes(new LoggingNotifier());
        assertThat(logOnly.canSend(ContactChannel.EMAIL)).isFalse();
        assertThat(logOnly.canSend(ContactChannel.SMS)).isFalse();
        assertThat(new ContactCodes(smtp).canSend(ContactChannel.SMS)).as("SMTP sends no text messages").isFalse();
    }

    private static String codeIn(MimeMessage message) {
        Matcher code = Pattern.compile("is (\\d{6})\\.").matcher(GreenMailUtil.getBody(message));
        assertThat(code.find()).as("a 6-digit code in the email").isTrue();
        return code.group(1);
    }
}
