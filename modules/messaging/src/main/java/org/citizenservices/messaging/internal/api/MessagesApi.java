package org.citizenservices.messaging.internal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.citizenservices.messaging.internal.Conversation;
import org.citizenservices.messaging.internal.Message;
import org.citizenservices.messaging.internal.PracticeMessages;
import org.citizenservices.messaging.internal.ThreadSummary;
import org.citizenservices.messaging.internal.Attachment;
import org.citizenservices.messaging.internal.AttachmentFile;
import org.citizenservices.spi.ApiField;
import org.citizenservices.spi.ApiFile;
import org.citizenservices.spi.ApiUpload;
import org.citizenservices.spi.ApiRequest;
import org.citizenservices.spi.ApiRoute;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

import static org.citizenservices.spi.ApiProblem.answering;

/**
 * The messaging routes of the patient API contract ({@code docs/patient-api.md}): conversations, a conversation's
 * messages, starting one, replying, attaching a file to your latest message, opening an attachment, marking read,
 * and who can be written to. The host authenticates, checks MESSAGING and audits the call.
 */
public final class MessagesApi {

    public enum From {
        PATIENT, PRACTICE
    }

    public record ConversationSummary(String threadId, String subject, String recipient, OffsetDateTime lastMessageAt,
                             int unread) {
    }

    public record Conversations(List<ConversationSummary> threads) {
    }

    public record MessageAttachment(String attachmentId, String fileName, String contentType, long size) {
    }

    public record MessageItem(String messageId, From from, @ApiField(example = "Reception") String senderName,
                              OffsetDateTime sentAt, String body,
                              @ApiField(nullable = true, description = "When the reader opened it; null while unread")
                              OffsetDateTime readAt, List<MessageAttachment> attachments) {
    }

    public record ConversationMessages(String threadId, String subject, String recipient, List<MessageItem> messages) {
    }

    public record NewConversation(@ApiField(example = "Sick note") @NotBlank @Size(max = PracticeMessages.MAX_SUBJECT)
                            String subject,
                            @ApiField(example = "Could I have a sick note for last week?") @NotBlank
                            @Size(max = PracticeMessages.MAX_BODY) String body,
                            @ApiField(description = "One of GET message-recipients; left out, the practice")
                            @Size(max = 64) String recipientId) {
    }

    public record ConversationReply(@NotBlank @Size(max = PracticeMessages.MAX_BODY) String body) {
    }

    public record MessageRecipient(String recipientId, String name, String description) {
    }

    public record MessageRecipients(List<MessageRecipient> recipients, String notice) {
    }

    /** Shown on every compose screen, and with the recipients for apps to show. */
    public static final String NOTICE = "Messages are not for urgent medical matters: call 111, or 999 in an"
            + " emergency. The practice replies within two working days.";

    /** A malformed id in a path or body names nothing, as an unknown one does. */
    private static final String NOT_FOUND = "There is no such conversation or recipient.";

    private final Supplier<PracticeMessages> messages;
    private final Clock practiceClock;

    public MessagesApi(Supplier<PracticeMessages> messages, Clock practiceClock) {
        this.messages = messages;
        this.practiceClock = practiceClock;
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("messages", "The patient's conversations with the practice, most recent first",
                        "MESSAGE_THREADS_READ", Conversations.class, this::threads).named("listConversations"),
                ApiRoute.get("messages/{threadId}", "One conversation's messages, oldest first",
                        "MESSAGE_THREAD_READ", ConversationMessages.class, this::thread).named("getConversation"),
                ApiRoute.post("messages", "Start a conversation with the practice (or one of its recipients)",
                        "MESSAGE_THREAD_START", NewConversation.class, ConversationMessages.class, this::start)
                        .named("startConversation").answers(404, "There is no such recipient"),
                ApiRoute.post("messages/{threadId}", "Reply in a conversation", "MESSAGE_REPLY",
                        ConversationReply.class,
                        ConversationMessages.class, this::reply).named("replyInConversation"),
                ApiRoute.put("messages/{threadId}/read", "Mark the practice's messages in a conversation read",
                        "MESSAGES_READ_MARK", null, ConversationMessages.class,
                                this::markRead).named("markConversationRead"),
                new ApiRoute(org.citizenservices.spi.HttpMethod.POST, "messages/{threadId}/attachments",
                        "Attach a PNG, JPEG or PDF (at most 5 MiB, 10 MiB for a message's files together, unless the"
                                + " installation sets other limits; its type read from the file) to your latest message"
                                + " in the conversation, before it is answered", "MESSAGE_ATTACHMENT_UPLOAD",
                        ApiUpload.class, MessageAttachment.class, 201, List.of(), this::attach).named("attachFile")
                        .answers(409, "Nothing to attach to: the latest message is not yours, or has been answered")
                        .answers(413, "The file, or the message's files together, too large")
                        .answers(415, "Not a PNG, JPEG or PDF file"),
                ApiRoute.get("attachments/{attachmentId}", "An attachment's file", "MESSAGE_ATTACHMENT_READ",
                        ApiFile.class, this::attachment).named("getAttachment"),
                ApiRoute.get("message-recipients", "Who at the practice can be written to, and the notice to show",
                        "MESSAGE_RECIPIENTS_READ", MessageRecipients.class, this::recipients).named("listRecipients"));
    }

    private Conversations threads(ApiRequest request) {
        return new Conversations(answering(() -> messages.get().threads()).stream()
                .map(t -> new ConversationSummary(Long.toString(t.threadId()), t.subject(), t.recipient(),
                        offset(t.lastMessageAt()), t.unread())).toList());
    }

    private ConversationMessages thread(ApiRequest request) {
        long id = request.pathId("threadId", NOT_FOUND);
        return thread(answering(() -> messages.get().thread(id)));
    }

    private ConversationMessages start(ApiRequest request) {
        NewConversation body = request.body(NewConversation.class);
        Long recipient = body.recipientId() == null ? null : ApiRequest.id(body.recipientId(), NOT_FOUND);
        return thread(answering(() -> messages.get().start(body.subject(), body.body(), recipient)));
    }

    private ConversationMessages reply(ApiRequest request) {
        long id = request.pathId("threadId", NOT_FOUND);
        ConversationReply body = request.body(ConversationReply.class);
        return thread(answering(() -> messages.get().reply(id, body.body())));
    }

    private ConversationMessages markRead(ApiRequest request) {
        long id = request.pathId("threadId", NOT_FOUND);
        return thread(answering(() -> {
            messages.get().markRead(id);
            return messages.get().thread(id);
        }));
    }

    private MessageAttachment attach(ApiRequest request) {
        long id = request.pathId("threadId", NOT_FOUND);
        ApiUpload upload = request.upload();
        Attachment added = answering(() -> messages.get().files().attach(id, upload.fileName(), upload.content()));
        return new MessageAttachment(Long.toString(added.id()), added.fileName(), added.contentType(), added.size());
    }

    private ApiFile attachment(ApiRequest request) {
        long id = request.pathId("attachmentId", NOT_FOUND);
        AttachmentFile file = answering(() -> messages.get().files().attachment(id));
        return new ApiFile(file.contentType(), file.fileName(), file.content());
    }

    private MessageRecipients recipients(ApiRequest request) {
        return new MessageRecipients(answering(() -> messages.get().recipients()).stream()
                .map(r -> new MessageRecipient(Long.toString(r.id()), r.name(), r.description())).toList(), NOTICE);
    }

    private ConversationMessages thread(Conversation conversation) {
        ThreadSummary t = conversation.thread();
        return new ConversationMessages(Long.toString(t.threadId()), t.subject(), t.recipient(),
                conversation.messages().stream().map(m -> message(m, conversation)).toList());
    }

    private MessageItem message(Message m, Conversation conversation) {
        return new MessageItem(Long.toString(m.id()), m.fromPatient() ? From.PATIENT : From.PRACTICE, m.senderName(),
                offset(m.sentAt()), m.body(), m.readAt() == null ? null : offset(m.readAt()),
                conversation.attachmentsOf(m).stream().map(a -> new MessageAttachment(Long.toString(a.id()),
                        a.fileName(), a.contentType(), a.size())).toList());
    }

    private OffsetDateTime offset(LocalDateTime local) {
        return local.atZone(practiceClock.getZone()).toOffsetDateTime();
    }
}
