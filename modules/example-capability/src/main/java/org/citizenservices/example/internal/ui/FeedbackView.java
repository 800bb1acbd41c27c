package org.citizenservices.example.internal.ui;

import org.citizenservices.spi.ErrorSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.citizenservices.example.internal.FeedbackService;
import org.citizenservices.example.internal.Rating;

/** The Friends and Family Test question, for a patient to answer. */
public class FeedbackView extends VerticalLayout {

    private final FeedbackService service;
    private final RadioButtonGroup<Rating> rating = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea("Please tell us why you gave your answer (optional)");
    private final Button submit = new Button("Send feedback");
    private final ErrorSummary errors = new ErrorSummary("feedback-error-summary");
    private final Paragraph sent = new Paragraph();

    public FeedbackView(FeedbackService service) {
        this.service = service;
        setId("feedback-view");
        setMaxWidth("50rem");
        sent.setId("feedback-sent");
        sent.addClassName("notice");
        sent.setVisible(false);
        add(new H1("Tell us about your experience"), errors, sent);
        add(new Paragraph("Do not use this form for medical questions. If you need help now, call 111, "
                + "or 999 in an emergency."));
        configureRating();
        configureComment();
        configureSubmit();
        add(rating, comment, submit);
    }

    private void configureRating() {
        rating.setLabel("Thinking about our GP practice, overall how was your experience of our service?");
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(Rating::label);
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        rating.setId("feedback-rating");
    }

    private void configureComment() {
        comment.setMaxLength(FeedbackService.MAX_COMMENT);
        comment.setWidthFull();
        comment.setId("feedback-comment");
    }

    private void configureSubmit() {
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("feedback-submit");
        submit.addClickListener(click -> send());
    }

    private void send() {
        errors.clear();
        sent.setVisible(false);
        if (rating.getValue() == null) {
            errors.show("Select how your experience of the practice was", rating);
            return;
        }
        try {
            service.submit(rating.getValue(), comment.getValue());
            rating.clear();
            comment.clear();
            // stays on the page after the notification has gone
            sent.setText("Thank you. Your feedback has been sent to the practice.");
            sent.setVisible(true);
            Notification.show("Thank you. Your feedback has been sent to the practice.", 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException invalid) {
            errors.show(invalid.getMessage(), comment);
        }
    }
}
