package org.citizenservices.host.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@link OutboxSender} on a thread of its own: every little while for retries and for what other nodes
 * queued, and at once when this node queues a notice. A slow mail server delays only notices, nothing else.
 */
public final class OutboxSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxSender sender;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread named = new Thread(runnable, "notification-outbox");
        named.setDaemon(true);
        return named;
    });

    public OutboxSchedule(OutboxSender sender, Duration every) {
        this.sender = sender;
        thread.scheduleWithFixedDelay(this::pass, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A notice was queued here: send it now rather than at the next pass. */
    public void wake() {
        if (!thread.isShutdown()) {
            thread.execute(this::pass);
        }
    }

    private void pass() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next pass tries again, and a thrown task would end them
            LOG.warn("The notification outbox could not be read ({}); trying again shortly",
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
