package org.citizenservices.messaging.internal.ui;

import org.citizenservices.spi.CitizenHeading;
import org.citizenservices.spi.ErrorSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.messaging.internal.Conversation;
import org.citizenservices.messaging.internal.Message;
import org.citizenservices.messaging.internal.MessagingRefused;
import org.citizenservices.messaging.internal.PracticeMessages;
import org.citizenservices.messaging.internal.Recipient;
import org.citizenservices.messaging.internal.ThreadSummary;
import org.citizenservices.messaging.internal.api.MessagesApi;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.StackingTable;
import org.citizenservices.spi.StatusMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * The citizen's messages with the practice, for themself or the patient they act for: conversations (unread marked),
 * one opened with its messages and a reply box, and a new message to the practice or one of its recipients — each
 * compose box under the notice that messages are not for urgent matters. Text is shown as text, never as markup.
 */
public class MessagesView extends VerticalLayout {

    private static final String WHOLE_PRACTICE = "The practice";

    private final PracticeMessages messages;
    private final StatusMessage message = new StatusMessage("messages-message");
    private final ErrorSummary errors = new ErrorSummary("messages-error-summary");
    private final StackingTable<ThreadSummary> threads = new StackingTable<>("message-threads", "No messages yet.");
    private final Div opened = new Div();

    public MessagesView(PracticeMessages messages, ServiceAccess access) {
        this.messages = messages;
        setId("messages-view");
        setMaxWidth("70rem");
        CurrentCitizen citizen = access.currentCitizen().orElseThrow();
        add(CitizenHeading.of(citizen, "Messages with your practice", "Messages about "));
        threads.column("Subject", this::openButton)
                .column("With", ThreadSummary::recipient)
                .column("Last message", t -> Formats.dateTime(t.lastMessageAt()))
                .column("New", t -> t.unread() > 0 ? t.unread() + " new" : null)
                .rowId(t -> "thread-" + t.threadId());
        opened.setId("opened-thread");

        List<Recipient> recipients = messages.recipients();
        Select<String> to = new Select<>();
        to.setId("compose-recipient");
        to.setLabel("To");
        List<String> names = new ArrayList<>(List.of(WHOLE_PRACTICE));
        recipients.forEach(r -> names.add(r.name()));
        to.setItems(names);
        to.setValue(WHOLE_PRACTICE);
        TextField subject = FormFields.text("Subject", "compose-subject", PracticeMessages.MAX_SUBJECT);
        subject.setWidthFull();
        subject.setMaxWidth("30rem");
        TextArea body = FormFields.area("Message", "compose-body", PracticeMessages.MAX_BODY);
        body.setWidthFull();
        body.setMaxWidth("40rem");
        Button send = new Button("Send", e -> send(recipients.stream().filter(r -> r.name().equals(to.getValue()))
                .map(Recipient::id).findFirst().orElse(null), subject, body));
        send.setId("compose-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(errors, message, new H2("Conversations"), threads, opened, new H2("New message"), notice("compose-notice"), to,
                subject, body, send);
        refresh();
    }

    /** Starts a conversation with the recipient ({@code null}: the whole practice), or says what to fix. */
    private void send(Long recipient, TextField subject, TextArea body) {
        errors.clear();
        if (subject.getValue().isBlank()) {
            errors.add("Enter a subject", subject);
        }
        if (body.getValue().isBlank()) {
            errors.add("Enter your message", body);
        }
        if (errors.hasErrors()) {
            message.setText("");
            errors.reveal();
            return;
        }
        try {
            Conversation started = messages.start(subject.getValue(), body.getValue(), recipient);
            subject.clear();
            body.clear();
            say("Sent. The practice replies within two working days.");
            refresh();
            open(started.thread().threadId());
        } catch (MessagingRefused | IllegalArgumentException refused) {
            fail(refused.getMessage(), body);
        }
    }

    private static Paragraph notice(String id) {
        Paragraph notice = new Paragraph(MessagesApi.NOTICE);
        notice.setId(id);
        notice.getElement().setAttribute("role", "note");
        notice.getStyle().set("font-weight", "600");
        return notice;
    }

    private void refresh() {
        threads.setItems(messages.threads());
    }

    private Button openButton(ThreadSummary thread) {
        Button open = new Button(thread.subject(), e -> open(thread.threadId()));
        open.setId("open-thread-" + thread.threadId());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return open;
    }

    private void open(long threadId) {
        opened.removeAll();
        try {
            messages.markRead(threadId);
            Conversation conversation = messages.thread(threadId);
            UnorderedList list = new UnorderedList();
            list.setId("thread-messages");
            for (Message m : conversation.messages()) {
                ListItem item = new ListItem();
                item.setId("message-" + m.id());
                item.add(new Div(new Span((m.fromPatient() ? "You" + (m.senderName().contains(" for ")
                        ? " (" + m.senderName() + ")" : "") : m.senderName() + ", the practice") + " — "
                        + Formats.dateTime(m.sentAt()))));
                Div text = new Div(new Span(m.body()));
                text.getStyle().set("white-space", "pre-wrap");
                item.add(text);
                conversation.attachmentsOf(m).forEach(a -> item.add(new Div(Files.link(a,
                        messages.files()::attachment))));
                list.add(item);
            }
            com.vaadin.flow.component.upload.Upload attach = Files.upload("attach-file", messages.files(),
                    (name, bytes) -> {
                        try {
                            messages.files().attach(threadId, name, bytes);
                            say("Attached " + name + " to your message.");
                            open(threadId);
                        } catch (MessagingRefused | IllegalArgumentException refused) {
                            fail(refused.getMessage(), null);
                        }
                    }, refused -> fail(refused, null));
            TextArea reply = FormFields.area("Reply", "reply-body", PracticeMessages.MAX_BODY);
            reply.setWidthFull();
            reply.setMaxWidth("40rem");
            Button send = new Button("Send reply", e -> {
                if (reply.getValue().isBlank()) {
                    fail("Enter your reply", reply);
                    return;
                }
                try {
                    messages.reply(threadId, reply.getValue());
                    say("Reply sent.");
                    refresh();
                    open(threadId);
                } catch (MessagingRefused | IllegalArgumentException refused) {
                    fail(refused.getMessage(), reply);
                }
            });
            send.setId("reply-send");
            opened.add(new H2(conversation.thread().subject()), list,
                    new Paragraph("Attach a file to your latest message, before the practice answers it."),
                    Files.rules("attach-file", messages.files()), attach, notice("reply-notice"), reply, send);
            refresh();
        } catch (MessagingRefused refused) {
            fail(refused.getMessage(), null);
        }
    }

    private void say(String text) {
        message.say(text, errors);
    }

    private void fail(String text, com.vaadin.flow.component.Component field) {
        message.fail(text, field, errors);
    }
}
