package org.citizenservices.host.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** The default until email is configured: the notice is written to the log (the capability's outbox keeps it too). */
public final class LoggingNotifier implements CitizenNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);

    /** The log reaches no one. */
    @Override
    public boolean delivers(String channel) {
        return false;
    }

    @Override
    public Optional<String> notify(CitizenContact contact, String text) {
        // the account, the channel it would go by and the notice; never an address or number
        LOG.info("Notification for account {} by {}: {}", contact.accountId(), contact.preference(), text);
        return Optional.of("LOG");
    }
}
