package org.citizenservices.record.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.citizenservices.record.internal.AccessRequest;
import org.citizenservices.record.internal.AccessRequest.Wants;
import org.citizenservices.record.internal.AccessRequests;
import org.citizenservices.record.internal.RecordRefused;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.StatusMessage;

import java.util.Arrays;

/**
 * "Seeing more of your record" at the foot of the record page: what the reader sees now and from when, the form to ask
 * the practice for older entries or more detail (with the answer target), and each request's state and answer.
 */
final class MoreAccessPanel extends Div {

    private final AccessRequests requests;
    private final RecordAccess current;
    private final Div answers = new Div();
    private final StatusMessage message = new StatusMessage("more-access-message");

    /**
     * @param newEntriesFrom where the reader's new-entry access starts, or {@code null}
     * @param self           whether the reader is the patient (a proxy never has new-entry access)
     */
    MoreAccessPanel(AccessRequests requests, RecordAccess current, java.time.LocalDate newEntriesFrom, boolean self) {
        this.requests = requests;
        this.current = current;
        setId("more-access");
        Paragraph now = new Paragraph((newEntriesFrom == null ? "You can see: " : "Older entries: ")
                + current.level().description()
                + (current.from() == null ? "." : ", from " + Formats.date(current.from()) + "."));
        now.setId("more-access-now");
        Paragraph rule = new Paragraph(newEntriesFrom != null ? "New entries: everything added to your record from "
                + Formats.date(newEntriesFrom) + " is shown in full, except anything your practice restricts."
                : self ? "" : "Someone acting for a patient sees their record at the patient's level only; new"
                + " entries are shown in full to the patient themself, from the age of 16.");
        rule.setId("more-access-new-entries");
        rule.setVisible(!rule.getText().isEmpty());
        Button ask = new Button("Ask to see more", e -> form());
        ask.setId("more-access-ask");
        // nothing more to ask for: the whole record, in full
        ask.setVisible(current.level() != RecordAccessLevel.FULL || current.from() != null);
        answers.setId("more-access-requests");
        add(new H2("Seeing more of your record"), rule, now, ask, message, answers);
        showRequests();
    }

    private void form() {
        if (getChildren().anyMatch(child -> child.getId().filter("more-access-form"::equals).isPresent())) {
            return;
        }
        RadioButtonGroup<Wants> wants = new RadioButtonGroup<>("What would you like to see?");
        wants.setId("more-access-wants");
        wants.setItems(Wants.values());
        wants.setItemLabelGenerator(Wants::label);
        Select<RecordAccessLevel> level = new Select<>();
        level.setId("more-access-level");
        level.setLabel("The level you would like (for more detail)");
        level.setItems(Arrays.stream(RecordAccessLevel.values()).filter(l -> !current.level().includes(l)).toList());
        level.setItemLabelGenerator(RecordAccessLevel::description);
        TextArea reason = FormFields.area("Why you would like it", "more-access-reason", 1000);
        Button send = new Button("Send the request", e -> {
            try {
                requests.ask(wants.getValue(), level.getValue(), reason.getValue());
                message.setText("Sent. Your practice aims to answer within " + AccessRequests.ANSWER_WITHIN_DAYS
                        + " days.");
                showRequests();
            } catch (IllegalArgumentException | RecordRefused | ServiceNotAvailableException refused) {
                message.setText(refused.getMessage());
            }
        });
        send.setId("more-access-send");
        Paragraph target = new Paragraph("A clinician reads every request. Your practice aims to answer within "
                + AccessRequests.ANSWER_WITHIN_DAYS + " days; you will get a message when it has.");
        Div form = new Div(wants, level, reason, target, send);
        form.setId("more-access-form");
        addComponentAtIndex(3, form);
    }

    private void showRequests() {
        answers.removeAll();
        for (AccessRequest request : requests.mine()) {
            Paragraph line = new Paragraph(describe(request));
            line.setId("more-access-request-" + request.id());
            answers.add(line);
        }
    }

    private static String describe(AccessRequest request) {
        String asked = request.wants().label() + (request.levelWanted() == null ? ""
                : " (" + request.levelWanted().description() + ")") + ", asked on " + Formats.date(request.askedAt()
                .toLocalDate()) + " by " + request.askedBy() + ": ";
        return asked + switch (request.status()) {
            case WAITING -> "waiting for the practice (answer due by "
                    + Formats.date(AccessRequests.dueBy(request.askedAt())) + ").";
            case APPROVED -> "approved by " + request.answeredBy() + " — " + request.levelGranted().description()
                    + (request.grantedFrom() == null ? "" : ", from " + Formats.date(request.grantedFrom())) + "."
                    + (request.answer() == null ? "" : " " + request.answer());
            case DECLINED -> "declined by " + request.answeredBy() + ". " + request.answer();
        };
    }
}
