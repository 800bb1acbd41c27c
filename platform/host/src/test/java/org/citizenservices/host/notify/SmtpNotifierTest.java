package org.citizenservices.host.notify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The SMTP sender against a real SMTP server (GreenMail) started by the test. */
class SmtpNotifierTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    static final String NOTICE = "You have a new message from your GP practice. Sign in to read it.";

    static Properties settings(int port) {
        Properties settings = new Properties();
        settings.setProperty("mail.smtp.host", "localhost");
        settings.setProperty("mail.smtp.port", Integer.toString(port));
        settings.setProperty("from", "practice@riverside.example");
        return settings;
    }

    @Test
    void aCitizenWhoPrefersEmail_isEmailedTheNotice_andNothingElse() throws Exception {
        CitizenNotifier notifier = CitizenNotifier.configured(settings(SMTP.getSmtp().getPort()));

        assertThat(notifier.notify(new CitizenContact("DEMO100001", "Jane Demo", "jane.demo@example.com",
                "07700900001", "EMAIL"), NOTICE)).hasValue("EMAIL");

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("jane.demo@example.com");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("practice@riverside.example");
        assertThat(received[0].getSubject()).isEqualTo("A message from your GP practice");
        assertThat(GreenMailUtil.getBody(received[0]).trim()).isEqualTo("Dear Jane Demo," + "\r\n\r\n" + NOTICE);
    }

    @Test
    void aCitizenWhoPrefersSms_orHasNoEmail_isLeftToTheLog() {
        CitizenNotifier notifier = CitizenNotifier.configured(settings(SMTP.getSmtp().getPort()));

        assertThat(notifier.notify(new CitizenContact("DEMO100002", "Carol Carer", "carol@example.com",
                "07700900002", "SMS"), NOTICE)).hasValue("LOG");
        assertThat(notifier.notify(new CitizenContact("DEMO100003", "Tom", null, null, "EMAIL"), NOTICE))
                .hasValue("LOG");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUnreachableServer_leavesItUnsent() {
        CitizenNotifier notifier = CitizenNotifier.configured(settings(1));

        assertThat(notifier.notify(new CitizenContact("DEMO100001", "Jane Demo", "jane.demo@example.com", null,
                "EMAIL"), NOTICE)).isEmpty();
    }

    @Test
    void withoutAnSmtpHost_theLogIsTheChannel() {
        assertThat(CitizenNotifier.configured(new Properties())).isInstanceOf(LoggingNotifier.class);
    }
}
