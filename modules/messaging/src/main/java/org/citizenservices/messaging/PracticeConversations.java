package org.citizenservices.messaging;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Conversations between a patient and their practice, as another module uses them. Call it inside the request of
 * the person it acts for — a citizen's portal page or patient API call, or a member of staff's practice page — as the
 * module's own services are: it answers for them and audits as they would be.
 *
 * <p>Citizen methods throw the SPI's {@code ServiceNotAvailableException} when MESSAGING is not available to the
 * citizen for their patient now; the practice's method throws {@link SecurityException} without a signed-in member
 * of staff. All throw {@link IllegalArgumentException} with a message to show when the text or the conversation is
 * refused: a subject is at most 150 characters and a message at most 10 000, neither blank nor with control
 * characters; a conversation of another patient or practice is never found.
 */
@ProviderType
public interface PracticeConversations {

    /**
     * Opens a conversation with the practice for the patient the current citizen acts for (a proxy's message says
     * who wrote it for whom); it lands in the practice's inbox as open.
     */
    ConversationSummary start(String subject, String message);

    /** Adds the current citizen's message to one of their patient's conversations; a closed one opens again. */
    ConversationSummary reply(long conversationId, String message);

    /**
     * Sends the patient the practice's message in one of the signed-in staff member's practice's conversations; the
     * conversation then awaits the patient, who is notified — without the message — through their confirmed
     * contact details.
     */
    void sendToPatient(long conversationId, String message);
}
