package org.citizenservices.core.api.notify;

import java.time.LocalDateTime;

/** A notice in the outbox, read-only: what the practice sees of a notice that could not be sent. */
public interface OutboxNotificationDetails {

    long id();

    long practiceId();

    String accountId();

    String notice();

    int attempts();

    /** The channel it went out by, once sent. */
    String channel();

    /** Why the last attempt failed: a kind of failure, never an address or a secret. */
    String lastError();

    LocalDateTime createdAt();
}
