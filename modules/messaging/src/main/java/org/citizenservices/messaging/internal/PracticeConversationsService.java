package org.citizenservices.messaging.internal;

import org.citizenservices.messaging.ConversationSummary;
import org.citizenservices.messaging.PracticeConversations;

import java.util.function.Supplier;

/**
 * The published {@link PracticeConversations} over the module's {@link PracticeMessages}: that service asks the
 * host's access rule, checks the text, audits and notifies, as it does for the module's pages and the patient API;
 * this class only maps to the API's record, and the module's refusals to the API's {@link IllegalArgumentException}.
 */
public final class PracticeConversationsService implements PracticeConversations {

    private final Supplier<PracticeMessages> messages;

    /** {@code messages} answers the running service, or null once the module has stopped. */
    public PracticeConversationsService(Supplier<PracticeMessages> messages) {
        this.messages = messages;
    }

    @Override
    public ConversationSummary start(String subject, String message) {
        return refusedInWords(() -> summary(running().start(subject, message, null).thread()));
    }

    @Override
    public ConversationSummary reply(long conversationId, String message) {
        return refusedInWords(() -> summary(running().reply(conversationId, message).thread()));
    }

    @Override
    public void sendToPatient(long conversationId, String message) {
        refusedInWords(() -> {
            running().practiceReply(conversationId, message);
            return null;
        });
    }

    private PracticeMessages running() {
        PracticeMessages running = messages.get();
        if (running == null) {
            throw new IllegalStateException("The messaging module has stopped.");
        }
        return running;
    }

    private static <T> T refusedInWords(Supplier<T> call) {
        try {
            return call.get();
        } catch (MessagingRefused refused) {
            // an internal type another bundle cannot name: the API promises its message, not its class
            throw new IllegalArgumentException(refused.getMessage(), refused);
        }
    }

    static ConversationSummary summary(ThreadSummary thread) {
        return new ConversationSummary(thread.threadId(), thread.patientId(), thread.subject(), thread.status().name(),
                thread.lastMessageAt(), thread.unread());
    }
}
