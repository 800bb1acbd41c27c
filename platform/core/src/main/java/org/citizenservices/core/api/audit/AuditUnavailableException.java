package org.citizenservices.core.api.audit;

/**
 * The caller's audit event could not be made durable within the bounded wait (the database is down, stalled or
 * refusing the writer), so the caller must not go on: nothing may be shown or changed unaudited. The host answers
 * the patient API with 503 and {@code Retry-After}, the portal with a notice to try again. The writer recovers by
 * itself when the database comes back.
 */
public final class AuditUnavailableException extends RuntimeException {

    /** What a client is told to wait before trying again, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public int retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }
}
