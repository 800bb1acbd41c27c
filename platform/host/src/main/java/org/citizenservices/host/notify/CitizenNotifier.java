package org.citizenservices.host.notify;

import java.util.Optional;

/**
 * Sends a short notice to a citizen — "You have a new message from your GP practice" — never clinical content.
 * Answers the channel it went by, or empty when it could not be sent now.
 */
public interface CitizenNotifier {

    Optional<String> notify(CitizenContact contact, String text);

    /** Whether a notice by {@code channel} ({@code EMAIL}, {@code SMS}) would really reach the person. */
    default boolean delivers(String channel) {
        return true;
    }

    /**
     * The notifier {@code conf/notifications.properties} asks for: text messages through GOV.UK Notify when it names
     * {@code notify.api-key}, email through SMTP when it names {@code mail.smtp.host}, else the log.
     */
    static CitizenNotifier configured(java.util.Properties settings) {
        CitizenNotifier email = settings.getProperty("mail.smtp.host", "").isBlank() ? new LoggingNotifier()
                : new SmtpNotifier(settings);
        return settings.getProperty("notify.api-key", "").isBlank() ? email
                : new NotifySmsNotifier(settings, email);
    }

    /**
     * The notifier of this installation: the settings file named by {@code -Dcitizenservices.notifications} (the
     * launcher names {@code conf/notifications.properties}) when it exists, else the log.
     */
    static CitizenNotifier ofInstallation() {
        String file = System.getProperty("citizenservices.notifications", "");
        java.util.Properties settings = new java.util.Properties();
        if (!file.isBlank() && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(file))) {
            try (java.io.Reader in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(file))) {
                settings.load(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read the notification settings " + file, e);
            }
        }
        return configured(settings);
    }
}
