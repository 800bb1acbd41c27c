package org.citizenservices.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.citizenservices.it.support.DemoPortalJourney;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Verified contact in a real browser, against the built distribution sending through a real SMTP server (GreenMail):
 * Carol's email address is not confirmed; on her account page she asks for a code, which arrives by email; a wrong
 * code is refused with a message; the right one confirms the address — and the code never appears in the host's log.
 * And a notice to a confirmed address: when a clinician files Jane's result, Jane is told by email that something
 * is new, never what.
 */
class VerifiedContactIT extends DemoPortalJourney {

    static GreenMail mail;
    static Path settings;

    @BeforeAll
    static void mailServer() throws Exception {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        settings = Files.createTempFile("notifications", ".properties");
        Files.writeString(settings, "mail.smtp.host=127.0.0.1\nmail.smtp.port=" + mail.getSmtp().getPort()
                + "\nfrom=riverside@example.org\n");
    }

    @AfterAll
    static void stopMailServer() throws Exception {
        mail.stop();
        Files.deleteIfExists(settings);
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        mail.purgeEmailFromAllMailboxes();
    }

    /** View Record, whose filing sends the second test's notice; the first needs no module. */
    @Override
    protected Map<String, Path> modules() {
        return Map.of("record", org.citizenservices.it.support.Layout.recordJar());
    }

    @Override
    protected Map<String, String> environment() {
        return Map.of("CITIZEN_SERVICES_NOTIFICATIONS", settings.toString());
    }

    @Test
    void carolConfirmsHerEmailAddressWithTheCodeSentThere() throws Exception {
        page.signIn("carol.carer", PORTAL_PASSWORD);
        page.open("account").waitForView("citizen-account-view");
        page.waitForText("contact-email-status", "Not confirmed");
        assertThat(page.text("contact-sms-status")).isEqualTo("Confirmed");
        assertThat(page.text("contact-email")).contains("carol.carer@example.com");

        page.click("contact-email-send");
        page.waitForText("account-page-messages", "A 6-digit code has been sent to carol.carer@example.com");
        await().atMost(Duration.ofSeconds(30)).until(() -> mail.getReceivedMessages().length == 1);
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("carol.carer@example.com");
        String code = codeIn(message);

        page.type("contact-email-code", code.equals("000000") ? "111111" : "000000");
        page.click("contact-email-confirm");
        page.waitForText("account-page-messages", "That code is not right");
        assertThat(page.text("contact-email-status")).isEqualTo("Not confirmed");

        page.type("contact-email-code", code);
        page.click("contact-email-confirm");
        page.waitForText("account-page-messages", "The email address is confirmed.");
        page.waitForText("contact-email-status", "Confirmed");
        assertThat(Files.readString(portal.log())).as("the code is never logged").doesNotContain(code);

        page.open("access-log");
        page.waitForText("access-log-table", "Confirmed an email address or mobile number with a code");
    }

    @Test
    void whenAClinicianFilesJanesResult_janeIsToldByEmail_withNothingOfTheResultInIt() throws Exception {
        page.signInStaff("drpatel", STAFF_PASSWORD);
        page.open("practice/record").waitForView("practice-record-view");
        page.type("record-nhs", "999 000 0018");
        page.click("record-open");
        page.waitForText("record-patient", "Jane Demo");
        page.click(page.idOf("vaadin-button[id^='file-']", "File result"));
        page.waitForText("record-messages", "Filed:");

        await().atMost(Duration.ofSeconds(30)).until(() -> mail.getReceivedMessages().length == 1);
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("jane.demo@example.com");
        assertThat(GreenMailUtil.getBody(message)).contains("A new test result is in your GP record online")
                .doesNotContain("vitamin", "Vitamin", "38", "nmol");
        assertThat(message.getSubject()).doesNotContain("vitamin", "Vitamin");
        // one filing, one notice: nobody else holds View Record for Jane
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> mail.getReceivedMessages().length == 1);
    }

    private static String codeIn(MimeMessage message) {
        Matcher code = Pattern.compile("is (\\d{6})\\.").matcher(GreenMailUtil.getBody(message));
        assertThat(code.find()).as("a 6-digit code in the email").isTrue();
        return code.group(1);
    }
}
