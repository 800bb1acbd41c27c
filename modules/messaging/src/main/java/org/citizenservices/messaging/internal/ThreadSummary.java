package org.citizenservices.messaging.internal;

import java.time.LocalDateTime;

/**
 * A conversation in a list: for the citizen, {@code unread} counts the practice's messages they have not opened; for
 * the practice, the patient's messages no one at the practice has opened.
 */
public record ThreadSummary(long threadId, long patientId, String subject, String recipient, ThreadStatus status,
                            String assignedTo, LocalDateTime lastMessageAt, int unread) {
}
