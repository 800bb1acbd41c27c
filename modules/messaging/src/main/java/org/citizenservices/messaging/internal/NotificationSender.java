package org.citizenservices.messaging.internal;

/**
 * Delivers a notification from the outbox. The default ({@link LogNotificationSender}) writes it to the log; a
 * deployment plugs in email or SMS. It is given the text only — never the message.
 */
public interface NotificationSender {

    /** The channel's name as recorded in the outbox, e.g. {@code LOG} or {@code EMAIL}. */
    String channel();

    /** Sends the text to the patient; returns false if it could not be sent now (it stays in the outbox). */
    boolean send(long patientId, String text);
}
