package org.citizenservices.host.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.Properties;

/**
 * Emails the notice through the SMTP server named in {@code conf/notifications.properties} (Jakarta Mail, Eclipse
 * Angus): {@code mail.smtp.host}, {@code mail.smtp.port}, {@code from}, and optionally {@code mail.smtp.user} with
 * {@code password}, {@code mail.smtp.starttls.enable}. A citizen who prefers post, or has no email address, is left
 * to the log ({@link NotifySmsNotifier} takes those who prefer text messages when Notify is configured).
 */
public final class SmtpNotifier implements CitizenNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpNotifier.class);
    static final String SUBJECT = "A message from your GP practice";

    private final Session session;
    private final String from;
    private final LoggingNotifier otherwise = new LoggingNotifier();

    public SmtpNotifier(Properties settings) {
        Properties mail = new Properties();
        settings.stringPropertyNames().stream().filter(k -> k.startsWith("mail."))
                .forEach(k -> mail.setProperty(k, settings.getProperty(k)));
        mail.putIfAbsent("mail.smtp.connectiontimeout", "10000");
        mail.putIfAbsent("mail.smtp.timeout", "10000");
        String user = settings.getProperty("mail.smtp.user");
        String password = settings.getProperty("password");
        if (user != null && password != null) {
            mail.setProperty("mail.smtp.auth", "true");
            this.session = Session.getInstance(mail, new jakarta.mail.Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        } else {
            this.session = Session.getInstance(mail);
        }
        this.from = settings.getProperty("from", "no-reply@citizen-services.invalid");
    }

    @Override
    public boolean delivers(String channel) {
        return "EMAIL".equals(channel);
    }

    @Override
    public Optional<String> notify(CitizenContact contact, String text) {
        if (!"EMAIL".equals(contact.preference()) || contact.email() == null) {
            return otherwise.notify(contact, text);
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(contact.email()));
            message.setSubject(SUBJECT, "UTF-8");
            message.setText("Dear " + contact.displayName() + ",\n\n" + text + "\n", "UTF-8");
            Transport.send(message);
            return Optional.of("EMAIL");
        } catch (MessagingException failed) {
            // stays in the capability's outbox, unsent; the exception's message can name the address, so only its
            // kind is logged
            LOG.warn("Could not email the notification for account {} ({})", contact.accountId(),
                    failed.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
