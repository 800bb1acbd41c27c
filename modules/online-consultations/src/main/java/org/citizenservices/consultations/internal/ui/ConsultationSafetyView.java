package org.citizenservices.consultations.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.consultations.internal.Limits;
import org.citizenservices.consultations.internal.PracticeRedFlags;
import org.citizenservices.consultations.internal.RedFlagQuestion;
import org.citizenservices.consultations.internal.RedFlagScreen;
import org.citizenservices.consultations.internal.SafetyPause;
import org.citizenservices.consultations.internal.SafetyPauses;
import org.citizenservices.spi.ErrorSummary;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StackingTable;
import org.citizenservices.spi.StatusMessage;

import java.util.Optional;

/**
 * The practice's safety controls: a recorded safety pause (the only way to close the service in core hours, seen by
 * the supplier), the national red-flag screen as reviewed, and the practice's own red-flag questions.
 */
public class ConsultationSafetyView extends VerticalLayout {

    private final SafetyPauses pauses;
    private final PracticeRedFlags redFlags;
    private final ErrorSummary errors = new ErrorSummary("safety-error-summary");
    private final StatusMessage message = new StatusMessage("safety-message");
    private final Div pauseState = new Div();
    private final StackingTable<RedFlagQuestion> own = new StackingTable<RedFlagQuestion>("practice-red-flags",
            "Your practice has added no questions of its own.")
            .column("Question", RedFlagQuestion::text);

    public ConsultationSafetyView(SafetyPauses pauses, PracticeRedFlags redFlags, RedFlagScreen screen) {
        this.pauses = pauses;
        this.redFlags = redFlags;
        setId("consultation-safety-view");
        setMaxWidth("60rem");
        pauseState.setId("safety-pause-state");
        own.action(this::removeButton).rowId(q -> "red-flag-row-" + q.id());
        add(new H1("Online consultation safety"), errors, message, new H2("Safety pause"), pauseState);
        add(new H2("The national red-flag screen"), new Paragraph("Version " + screen.version() + ". Any \"yes\""
                + " stops the request and shows: " + screen.advice()), nationalQuestions(screen));
        TextField question = FormFields.text("Add a question (clinicians)", "red-flag-new", Limits.QUESTION);
        question.setWidthFull();
        question.setHelperText("A yes/no question; a \"yes\" stops the request with the same advice.");
        Button addQuestion = new Button("Add question", click -> act(() -> {
            redFlags.add(question.getValue());
            question.clear();
        }, "The question was added.", question));
        addQuestion.setId("red-flag-add");
        add(new H2("Your practice's own questions"), own, question, addQuestion);
        showPause();
        own.setItems(redFlags.forStaff());
    }

    private static OrderedList nationalQuestions(RedFlagScreen screen) {
        OrderedList list = new OrderedList();
        list.setId("national-red-flags");
        screen.questions().forEach(q -> list.add(new ListItem(q.text())));
        return list;
    }

    private void showPause() {
        pauseState.removeAll();
        Optional<SafetyPause> current = pauses.currentForStaff();
        if (current.isPresent()) {
            SafetyPause pause = current.get();
            Button resume = new Button("End the pause", click -> act(pauses::resume,
                    "Online consultations are open again through core hours.", null));
            resume.setId("safety-resume");
            pauseState.add(new Paragraph("Paused since " + Formats.dateTime(pause.pausedAt()) + " by "
                    + pause.pausedBy() + ": " + pause.reason() + ". Patients are told to call NHS 111, or 999 in"
                    + " an emergency. Your supplier sees this pause."), resume);
            return;
        }
        TextArea reason = FormFields.area("Safety reason", "safety-reason", Limits.PAUSE_REASON);
        reason.setWidthFull();
        reason.setHelperText("Online consultations stay open through core hours unless there is a safety reason,"
                + " such as no clinician to triage. The pause is recorded and your supplier sees it.");
        Button pause = new Button("Pause for safety", click -> act(() -> pauses.pause(reason.getValue()),
                "Online consultations are paused.", reason));
        pause.setId("safety-pause");
        pause.addThemeVariants(ButtonVariant.LUMO_ERROR);
        pauseState.add(new Paragraph("Online consultations are open through core hours."), reason, pause);
    }

    private Button removeButton(RedFlagQuestion question) {
        Button remove = new Button("Remove", click -> act(() -> redFlags.remove(question.id()),
                "The question was removed.", null));
        remove.setId("red-flag-remove-" + question.id());
        remove.getElement().setAttribute("aria-label", "Remove question: " + question.text());
        return remove;
    }

    private void act(Runnable step, String said, com.vaadin.flow.component.Component field) {
        try {
            step.run();
            message.say(said, errors);
            showPause();
            own.setItems(redFlags.forStaff());
        } catch (IllegalArgumentException | SecurityException refused) {
            errors.show(refused.getMessage(), field);
        }
    }
}
