package org.citizenservices.messaging.internal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.messaging.internal.Conversation;
import org.citizenservices.messaging.internal.Message;
import org.citizenservices.messaging.internal.MessagingRefused;
import org.citizenservices.messaging.internal.PracticeMessages;
import org.citizenservices.messaging.internal.ThreadStatus;
import org.citizenservices.messaging.internal.ThreadSummary;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.PracticePatient;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.StatusMessage;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The practice's inbox: conversations by status, newest activity first, with the patient, recipient, who it is
 * assigned to and how many patient messages are unread; an opened conversation shows the internal notes too, and
 * takes a reply (the patient is notified), a note, an assignment and a status.
 */
public class PracticeInboxView extends VerticalLayout {

    private static final String ACTIVE = "Open and awaiting the patient";
    private static final String ALL = "All";

    private final PracticeMessages messages;
    private final ServiceAccess access;
    private final StatusMessage notices = new StatusMessage("inbox-messages");
    private final Select<String> status = new Select<>();
    private final Grid<ThreadSummary> inbox = new Grid<>();
    private final Div opened = new Div();
    private Map<Long, PracticePatient> patients = Map.of();

    public PracticeInboxView(PracticeMessages messages, ServiceAccess access) {
        this.messages = messages;
        this.access = access;
        setId("practice-inbox-view");
        setMaxWidth("100rem");
        add(new H1("Practice inbox"));
        status.setId("inbox-status");
        status.setLabel("Show");
        status.setItems(ACTIVE, ThreadStatus.OPEN.label(), ThreadStatus.AWAITING_PATIENT.label(),
                ThreadStatus.CLOSED.label(), ALL);
        status.setValue(ACTIVE);
        status.addValueChangeListener(e -> refresh());
        inbox.setId("inbox");
        inbox.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        inbox.setAllRowsVisible(true);
        inbox.addColumn(t -> Formats.shortDateTime(t.lastMessageAt())).setHeader("Last message").setWidth("11rem")
                .setFlexGrow(0);
        inbox.addColumn(t -> {
            PracticePatient p = patients.get(t.patientId());
            return p == null ? "Patient " + t.patientId() : p.displayName() + " (" + p.nhsNumber() + ")";
        }).setHeader("Patient").setFlexGrow(1);
        inbox.addComponentColumn(this::subject).setHeader("Subject").setFlexGrow(2);
        inbox.addColumn(ThreadSummary::recipient).setHeader("To").setFlexGrow(1);
        inbox.addColumn(t -> t.status().label() + (t.assignedTo() == null ? "" : " — " + t.assignedTo()))
                .setHeader("Status").setFlexGrow(1);
        inbox.addColumn(t -> t.unread() == 0 ? "" : t.unread() + " unread").setHeader("").setFlexGrow(0)
                .setWidth("7rem");
        opened.setId("inbox-thread");
        add(status, notices, inbox, opened);
        refresh();
    }

    private Component subject(ThreadSummary thread) {
        Button open = new Button(thread.subject(), e -> open(thread.threadId()));
        open.setId("open-" + thread.threadId());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return open;
    }

    private Set<ThreadStatus> shown() {
        String chosen = status.getValue();
        if (ACTIVE.equals(chosen)) {
            return EnumSet.of(ThreadStatus.OPEN, ThreadStatus.AWAITING_PATIENT);
        }
        for (ThreadStatus s : ThreadStatus.values()) {
            if (s.label().equals(chosen)) {
                return EnumSet.of(s);
            }
        }
        return EnumSet.allOf(ThreadStatus.class);
    }

    private void refresh() {
        List<ThreadSummary> threads = messages.inbox(shown());
        patients = access.practicePatients(threads.stream().map(ThreadSummary::patientId).distinct().toList());
        inbox.setItems(threads);
    }

    private void open(long threadId) {
        opened.removeAll();
        Conversation conversation;
        try {
            conversation = messages.practiceThread(threadId);
        } catch (MessagingRefused refused) {
            notices.setText(refused.getMessage());
            return;
        }
        UnorderedList list = messageList(conversation);
        com.vaadin.flow.component.upload.Upload attach = Files.upload("practice-attach-file", messages.files(),
                (name, bytes) -> act(threadId, () -> messages.files().practiceAttach(threadId, name, bytes),
                        "Attached " + name + "."), this::refused);
        TextArea reply = FormFields.area("Reply to the patient (they are told there is a new message)",
                "practice-reply", PracticeMessages.MAX_BODY);
        reply.setWidth("40rem");
        Button send = button("Send reply", "practice-reply-send", () -> act(threadId,
                () -> messages.practiceReply(threadId, reply.getValue()), "Reply sent; the patient is notified."));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextArea note = FormFields.area("Internal note (never shown to the patient)",
                "practice-note", PracticeMessages.MAX_BODY);
        note.setWidth("40rem");
        Button addNote = button("Add note", "practice-note-add", () -> act(threadId,
                () -> messages.note(threadId, note.getValue()), "Note added."));
        TextField assignee = FormFields.text("Assigned to", "thread-assign", 120);
        assignee.setValue(conversation.thread().assignedTo() == null ? "" : conversation.thread().assignedTo());
        Button assign = button("Assign", "thread-assign-save", () -> act(threadId,
                () -> messages.assign(threadId, assignee.getValue()), "Assigned."));
        Select<ThreadStatus> state = new Select<>();
        state.setId("thread-status");
        state.setLabel("Status");
        state.setItems(ThreadStatus.values());
        state.setItemLabelGenerator(ThreadStatus::label);
        state.setValue(conversation.thread().status());
        Button setState = button("Set status", "thread-status-save", () -> act(threadId,
                () -> messages.setStatus(threadId, state.getValue()), "Status set."));
        HorizontalLayout assignRow = new HorizontalLayout(assignee, assign, state, setState);
        assignRow.setAlignItems(Alignment.BASELINE);
        opened.add(new H2(conversation.thread().subject()), list, reply, send,
                new Paragraph("Attach a file to your latest reply."),
                Files.rules("practice-attach-file", messages.files()), attach, note, addNote, assignRow);
    }

    /** The conversation's messages and internal notes, oldest first, each with its attachments. */
    private UnorderedList messageList(Conversation conversation) {
        UnorderedList list = new UnorderedList();
        list.setId("inbox-thread-messages");
        for (Message m : conversation.messages()) {
            ListItem item = new ListItem();
            item.setId("inbox-message-" + m.id());
            String who = m.internalNote() ? "Internal note by " + m.senderName()
                    : m.fromPatient() ? m.senderName() + " (patient side)" : m.senderName();
            item.add(new Div(new Span(who + " — " + Formats.dateTime(m.sentAt()))));
            Div text = new Div(new Span(m.body()));
            text.getStyle().set("white-space", "pre-wrap");
            if (m.internalNote()) {
                text.getStyle().set("background", "var(--lumo-contrast-10pct)");
            }
            item.add(text);
            conversation.attachmentsOf(m).forEach(a -> item.add(new Div(Files.link(a,
                    messages.files()::practiceAttachment))));
            list.add(item);
        }
        return list;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        return button;
    }

    private void act(long threadId, Runnable change, String done) {
        try {
            change.run();
            notices.setText(done);
            refresh();
            open(threadId);
        } catch (MessagingRefused | IllegalArgumentException refused) {
            notices.setText(refused.getMessage());
        }
    }

    private void refused(String why) {
        notices.setText(why);
    }
}
