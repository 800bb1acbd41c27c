package org.citizenservices.consultations.internal.wiring;

import org.citizenservices.consultations.internal.OptionalModules;
import org.citizenservices.messaging.PracticeConversations;

/** A reply through the messaging module's published API. */
final class MessagingConversations implements OptionalModules.Conversations {

    private final PracticeConversations conversations;

    private MessagingConversations(PracticeConversations conversations) {
        this.conversations = conversations;
    }

    static MessagingConversations of(Object service) {
        return new MessagingConversations((PracticeConversations) service);
    }

    @Override
    public long start(String subject, String message) {
        return conversations.start(subject, message).conversationId();
    }

    @Override
    public void sendToPatient(long conversationId, String message) {
        conversations.sendToPatient(conversationId, message);
    }
}
