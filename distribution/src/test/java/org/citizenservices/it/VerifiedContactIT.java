package org.citizenservices.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.citizenservices.it.support.DemoPortalJourney;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    private static String codeIn(MimeMessage message) {
        Matcher code = Pattern.compile("is (\\d{6})\\.").matcher(GreenMailUtil.getBody(message));
        assertThat(code.find()).as("a 6-digit code in the email").isTrue();
        return code.group(1);
    }
}
