package org.citizenservices.messaging.internal;

import java.util.List;

/** A conversation with its messages, oldest first: for the citizen without the practice's internal notes. */
public record Conversation(ThreadSummary thread, List<Message> messages) {
}
