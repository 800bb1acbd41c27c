package org.citizenservices.consultations.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.citizenservices.consultations.internal.BookingInvitations;
import org.citizenservices.consultations.internal.ConsultationForm;
import org.citizenservices.consultations.internal.ConsultationPhotos;
import org.citizenservices.consultations.internal.ConsultationSummary;
import org.citizenservices.consultations.internal.OnlineConsultations;
import org.citizenservices.consultations.internal.OutcomeKind;
import org.citizenservices.consultations.internal.RedFlagQuestion;
import org.citizenservices.consultations.internal.UrgentCareAdvised;
import org.citizenservices.spi.ErrorSummary;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StackingTable;
import org.citizenservices.spi.StatusMessage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The citizen's page, for themself or the patient they act for: the red-flag questions first (any "yes" stops here
 * with the urgent-care advice), then the request, and the requests sent before with the practice's outcomes. Closed
 * outside core hours, saying when it opens and where to get help now.
 */
public class OnlineConsultationView extends VerticalLayout {

    static final String YES = "Yes";
    static final String NO = "No";

    private final OnlineConsultations consultations;
    private final BookingInvitations invitations;
    private final ErrorSummary errors = new ErrorSummary("consultation-error-summary");
    private final StatusMessage message = new StatusMessage("consultation-message");
    private final Div urgent = new Div();
    private final Div screen = new Div();
    private final RequestForm request;
    private final Div booking = new Div();
    private final Map<String, RadioButtonGroup<String>> answers = new LinkedHashMap<>();
    private final StackingTable<ConsultationSummary> sent = new StackingTable<ConsultationSummary>(
            "consultations-sent", "You have not sent any online consultations yet.")
            .column("Sent", c -> Formats.dateTime(c.receivedAt()))
            .column("Request", ConsultationSummary::title)
            .column("Status", ConsultationSummary::statusLabel)
            .column("Practice's answer", c -> c.outcomeMessage() == null ? "Not yet"
                    : c.outcomeLabel() + ": " + c.outcomeMessage())
            .column("Photo", c -> c.photo() == null ? "None" : "Sent (" + Math.max(1, c.photo().size() / 1024)
                    + " KB)")
            .rowId(c -> "consultation-" + c.id());

    public OnlineConsultationView(OnlineConsultations consultations, BookingInvitations invitations,
                                  ConsultationPhotos photos) {
        this.consultations = consultations;
        this.invitations = invitations;
        setId("online-consultation-view");
        setMaxWidth("50rem");
        ConsultationForm form = consultations.form();
        request = new RequestForm(form.adminTypes(), consultations::submit, photos, this::sent,
                this::stopForUrgentCare, errors);
        request.setVisible(false);
        sent.action(this::bookAction);
        urgent.setId("consultation-urgent");
        urgent.getElement().setAttribute("role", "alert");
        urgent.setVisible(false);
        booking.setId("consultation-booking");
        Paragraph availability = new Paragraph(form.availability());
        availability.setId("consultation-availability");
        add(new H1("Ask your GP practice"), availability, errors, message, urgent);
        if (form.open()) {
            showScreen(form);
            add(screen, request);
        }
        add(new H2("Your online consultations"), sent, booking);
        showSent();
    }

    private void showScreen(ConsultationForm form) {
        screen.setId("consultation-screen");
        screen.add(new H2("First, check it is not urgent"));
        for (RedFlagQuestion question : form.redFlagQuestions()) {
            RadioButtonGroup<String> answer = new RadioButtonGroup<>(question.text());
            answer.setId("red-flag-" + question.id());
            answer.setItems(YES, NO);
            answer.setRequiredIndicatorVisible(true);
            answers.put(question.id(), answer);
            screen.add(answer);
        }
        Button next = new Button("Continue", click -> screened());
        next.setId("consultation-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        screen.add(next);
    }

    private void screened() {
        try {
            consultations.screen(answered());
            errors.clear();
            screen.setVisible(false);
            request.setVisible(true);
            request.answers(answered());
            request.focus();
        } catch (UrgentCareAdvised advice) {
            stopForUrgentCare(advice.getMessage());
        } catch (IllegalArgumentException unanswered) {
            answers.values().stream().filter(a -> a.getValue() == null).findFirst()
                    .ifPresentOrElse(first -> errors.show(unanswered.getMessage(), first),
                            () -> errors.show(unanswered.getMessage(), null));
        }
    }

    private Map<String, Boolean> answered() {
        Map<String, Boolean> given = new LinkedHashMap<>();
        answers.forEach((id, answer) -> {
            if (answer.getValue() != null) {
                given.put(id, YES.equals(answer.getValue()));
            }
        });
        return given;
    }

    /** What the person sees after a "yes": the advice, and nothing of the form. */
    void stopForUrgentCare(String advice) {
        errors.clear();
        screen.setVisible(false);
        request.setVisible(false);
        urgent.removeAll();
        urgent.add(new H2("Get urgent help now"), new Paragraph(advice));
        urgent.setVisible(true);
    }

    private void sent(ConsultationSummary summary) {
        request.setVisible(false);
        message.say("Your request was sent to the practice (reference " + summary.id() + "). The practice will"
                + " reply by the end of the next working day.", errors);
        showSent();
    }

    private Button bookAction(ConsultationSummary consultation) {
        Button book = new Button("Book an appointment", click -> BookingPanel.show(booking, invitations,
                consultation.id(), errors, message, this::showSent));
        book.setId("consultation-book-" + consultation.id());
        book.setVisible(consultation.outcome() == OutcomeKind.INVITE_TO_BOOK && !consultation.bookedFromInvitation());
        book.getElement().setAttribute("aria-label", "Book an appointment for request " + consultation.id());
        return book;
    }

    private void showSent() {
        sent.setItems(consultations.mine());
    }
}
