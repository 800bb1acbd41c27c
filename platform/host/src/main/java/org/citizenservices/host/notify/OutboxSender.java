package org.citizenservices.host.notify;

import org.citizenservices.core.api.notify.NotificationOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;

/**
 * Sends what the outbox holds, after the changes that queued it have committed: claims due notices for this node,
 * hands each to the notifier (SMTP, or the log) and records the outcome. A notice that fails waits for its next
 * attempt; none is sent inside a database transaction, so a slow mail server holds no lock.
 */
public final class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final Supplier<NotificationOutbox> outbox;
    private final CitizenNotifier notifier;
    private final String node;

    public OutboxSender(Supplier<NotificationOutbox> outbox, CitizenNotifier notifier, String node) {
        this.outbox = outbox;
        this.notifier = notifier;
        this.node = node;
    }

    /** One pass: sends what is due now; the number sent. Called on a schedule and when a notice is queued. */
    public synchronized int sendDue() {
        NotificationOutbox box = outbox.get();
        if (box == null) {
            return 0;
        }
        int sent = 0;
        List<NotificationOutbox.Claimed> due;
        do {
            due = box.claimDue(node, BATCH);
            for (NotificationOutbox.Claimed notice : due) {
                sent += send(box, notice) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean send(NotificationOutbox box, NotificationOutbox.Claimed notice) {
        if (notice.contact().isEmpty()) {
            box.attemptFailed(notice.id(), "The online account is not active");
            return false;
        }
        NotificationOutbox.Recipient to = notice.contact().get();
        String unconfirmed = unconfirmed(to);
        if (unconfirmed != null) {
            // waits for its next attempt: the citizen may confirm the detail meanwhile (verified contact, R8)
            box.attemptFailed(notice.id(), unconfirmed);
            return false;
        }
        try {
            var channel = notifier.notify(new CitizenContact(notice.accountId(), to.displayName(), to.email(),
                    to.mobile(), to.preference()), notice.notice());
            if (channel.isPresent()) {
                box.sent(notice.id(), channel.get());
                return true;
            }
            box.attemptFailed(notice.id(), "The mail server did not take it");
        } catch (RuntimeException e) {
            // the message may name the address: only its kind goes to the log and to the practice
            LOG.warn("Could not send notification {} ({})", notice.id(), e.getClass().getSimpleName());
            box.attemptFailed(notice.id(), "Sending failed: " + e.getClass().getSimpleName());
        }
        return false;
    }

    /** Why the preferred way cannot be used yet, or null: a notice goes only to a confirmed address or number. */
    private static String unconfirmed(NotificationOutbox.Recipient to) {
        if ("EMAIL".equals(to.preference()) && to.email() == null) {
            return "No confirmed email address";
        }
        if ("SMS".equals(to.preference()) && to.mobile() == null) {
            return "No confirmed mobile number";
        }
        return null;
    }
}
