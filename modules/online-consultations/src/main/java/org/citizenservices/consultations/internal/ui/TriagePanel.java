package org.citizenservices.consultations.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.consultations.internal.ConsultationKind;
import org.citizenservices.consultations.internal.ConsultationSummary;
import org.citizenservices.consultations.internal.Limits;
import org.citizenservices.consultations.internal.OutcomeKind;
import org.citizenservices.consultations.internal.PhotoFile;
import org.citizenservices.consultations.internal.QueueItem;
import org.citizenservices.consultations.internal.TriageQueue;
import org.citizenservices.consultations.internal.Urgency;
import org.citizenservices.spi.ErrorSummary;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;

import java.util.function.Consumer;
import java.util.function.LongFunction;

/** One request opened from the queue: what was asked, and assigning it, its urgency and its outcome. */
final class TriagePanel extends VerticalLayout {

    private final QueueItem item;
    private final TriageQueue queue;
    private final ErrorSummary errors;
    private final Consumer<String> done;

    TriagePanel(QueueItem item, TriageQueue queue, LongFunction<PhotoFile> photo, ErrorSummary errors,
                Consumer<String> done) {
        this.item = item;
        this.queue = queue;
        this.errors = errors;
        this.done = done;
        setId("triage-panel");
        setPadding(false);
        ConsultationSummary request = item.request();
        add(new H2("Request " + request.id() + " from " + item.patientName()));
        add(line("Sent by", request.sentBy() + ", " + Formats.dateTime(request.receivedAt())));
        add(line(request.kind() == ConsultationKind.MEDICAL ? "The problem" : request.title(),
                request.description()));
        add(line("Since when", request.since()), line("Tried", request.tried()), line("Would like", request.wants()));
        if (request.photo() != null) {
            add(new Paragraph(PhotoPieces.link(request.id(), request.photo(), photo)));
        }
        if (request.outcome() != null) {
            add(line("Outcome", request.outcomeLabel() + ": " + request.outcomeMessage()));
            return;
        }
        addAssign();
        addUrgency();
        addOutcome(request.kind());
    }

    private static Paragraph line(String label, String text) {
        Paragraph line = new Paragraph(label + ": " + text);
        line.setVisible(text != null);
        return line;
    }

    private void addAssign() {
        TextField to = FormFields.text("Assign to", "triage-assign-to", 200);
        to.setHelperText("A clinician's name, or a team such as Reception");
        Button assign = new Button("Assign", click -> act(() -> queue.assign(item.request().id(), to.getValue()),
                "Request " + item.request().id() + " assigned to " + to.getValue().strip() + ".", to));
        assign.setId("triage-assign");
        add(new H3("Assign"), to, assign);
    }

    private void addUrgency() {
        Select<Urgency> urgency = new Select<>();
        urgency.setId("triage-urgency");
        urgency.setLabel("Urgency");
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(Urgency::label);
        urgency.setValue(item.urgency());
        Button set = new Button("Set urgency", click -> act(() -> queue.setUrgency(item.request().id(),
                urgency.getValue()), "Request " + item.request().id() + " is now " + urgency.getValue().label()
                .toLowerCase(java.util.Locale.ROOT) + ".", urgency));
        set.setId("triage-set-urgency");
        add(urgency, set);
    }

    private void addOutcome(ConsultationKind kind) {
        Select<OutcomeKind> outcome = new Select<>();
        outcome.setId("triage-outcome");
        outcome.setLabel("Outcome");
        outcome.setItems(OutcomeKind.values());
        outcome.setItemLabelGenerator(OutcomeKind::label);
        outcome.setValue(OutcomeKind.REPLY);
        TextArea text = FormFields.area("Message to the patient", "triage-outcome-message", Limits.OUTCOME);
        text.setWidthFull();
        text.setHelperText(kind == ConsultationKind.MEDICAL ? "A medical request's outcome is a clinician's."
                : "The patient is told there is an answer; the message is shown when they sign in.");
        Button send = new Button("Send outcome", click -> act(() -> queue.recordOutcome(item.request().id(),
                outcome.getValue(), text.getValue()), "The outcome of request " + item.request().id()
                + " was sent to the patient.", text));
        send.setId("triage-send-outcome");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3("Outcome"), outcome, text, send);
    }

    private void act(Runnable step, String said, com.vaadin.flow.component.Component field) {
        try {
            step.run();
            done.accept(said);
        } catch (IllegalArgumentException | SecurityException refused) {
            errors.show(refused.getMessage(), field);
        }
    }
}
