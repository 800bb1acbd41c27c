package org.citizenservices.messaging.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each notification to the log (and the outbox keeps it): the default until email or SMS is configured. */
public final class LogNotificationSender implements NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(LogNotificationSender.class);

    @Override
    public String channel() {
        return "LOG";
    }

    @Override
    public boolean send(long patientId, String text) {
        LOG.info("Notification for patient {}: {}", patientId, text);
        return true;
    }
}
