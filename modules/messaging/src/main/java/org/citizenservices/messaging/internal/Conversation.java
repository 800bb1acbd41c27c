package org.citizenservices.messaging.internal;

import java.util.List;
import java.util.Map;

/**
 * A conversation with its messages, oldest first (for the citizen without the practice's internal notes), and each
 * message's attachments.
 */
public record Conversation(ThreadSummary thread, List<Message> messages, Map<Long, List<AttachmentInfo>> attachments) {

    public List<AttachmentInfo> attachmentsOf(Message message) {
        return attachments.getOrDefault(message.id(), List.of());
    }
}
