package org.citizenservices.messaging;

import java.time.LocalDateTime;

/**
 * A conversation between a patient and their practice, as the citizen sees it.
 *
 * @param conversationId what {@link PracticeConversations#reply} and {@link PracticeConversations#sendToPatient} take
 * @param status         {@code OPEN}, {@code AWAITING_PATIENT} or {@code CLOSED}
 * @param lastMessageAt  the practice's local time (Europe/London)
 * @param unread         the practice's messages the citizen has not opened
 */
public record ConversationSummary(long conversationId, long patientId, String subject, String status,
                                  LocalDateTime lastMessageAt, int unread) {
}
