package org.citizenservices.messaging.internal;

import java.util.Optional;

/**
 * Delivers a notification from the outbox to the citizen's account. The module's default,
 * {@link HostNotificationSender}, hands it to the host, which uses the account's verified contact details (email
 * through SMTP when {@code conf/notifications.properties} configures it, else its log). It is given the notice only,
 * never the message.
 */
public interface NotificationSender {

    /** The channel it went by ({@code EMAIL}, {@code LOG}, …), or empty if it could not be sent now. */
    Optional<String> send(String accountId, String text);
}
