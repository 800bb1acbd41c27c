package org.citizenservices.consultations.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.consultations.internal.AdminTypeOption;
import org.citizenservices.consultations.internal.ConsultationKind;
import org.citizenservices.consultations.internal.ConsultationPhotos;
import org.citizenservices.consultations.internal.ConsultationSummary;
import org.citizenservices.consultations.internal.Limits;
import org.citizenservices.consultations.internal.NewConsultation;
import org.citizenservices.consultations.internal.UrgentCareAdvised;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.ErrorSummary;
import org.citizenservices.spi.FormFields;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The request itself, once the red-flag questions are answered no: an admin request of a type, or a medical request
 * with what the problem is, since when, what was tried, what the person would like and, if it helps, a photo.
 */
final class RequestForm extends VerticalLayout {

    private final Function<NewConsultation, ConsultationSummary> submit;
    private final Consumer<ConsultationSummary> sent;
    private final Consumer<String> urgent;
    private final ErrorSummary errors;
    private final RadioButtonGroup<ConsultationKind> kind = new RadioButtonGroup<>("What do you need?");
    private final Select<AdminTypeOption> adminType = new Select<>();
    private final TextArea description = FormFields.area("Tell us what you need", "consultation-description",
            Limits.DESCRIPTION);
    private final TextField since = FormFields.text("Since when? (optional)", "consultation-since", Limits.SINCE);
    private final TextArea tried = FormFields.area("What have you tried? (optional)", "consultation-tried",
            Limits.DETAIL);
    private final TextArea wants = FormFields.area("What would you like us to do? (optional)", "consultation-wants",
            Limits.DETAIL);
    private final ConsultationPhotos photos;
    private final Div photoBox;
    private byte[] photo;
    private Map<String, Boolean> answers = Map.of();

    RequestForm(List<AdminTypeOption> types, Function<NewConsultation, ConsultationSummary> submit,
                ConsultationPhotos photos, Consumer<ConsultationSummary> sent, Consumer<String> urgent,
                ErrorSummary errors) {
        this.submit = submit;
        this.photos = photos;
        this.photoBox = PhotoPieces.box(photos, chosen -> photo = chosen, refusal -> errors.show(refusal, null));
        this.sent = sent;
        this.urgent = urgent;
        this.errors = errors;
        setId("consultation-request");
        setPadding(false);
        kind.setId("consultation-kind");
        kind.setItems(ConsultationKind.values());
        kind.setItemLabelGenerator(k -> k == ConsultationKind.ADMIN
                ? "Admin help: a fit note, a letter, a question about a test result or medication"
                : "Medical help: a health problem you want the practice to look at");
        kind.setRequiredIndicatorVisible(true);
        kind.addValueChangeListener(change -> showFor(change.getValue()));
        adminType.setId("consultation-admin-type");
        adminType.setLabel("What is it about?");
        adminType.setItems(types);
        adminType.setItemLabelGenerator(AdminTypeOption::label);
        description.setWidthFull();
        tried.setWidthFull();
        wants.setWidthFull();
        Button send = new Button("Send to the practice", click -> send());
        send.setId("consultation-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Your request"), kind, adminType, description, since, tried, wants, photoBox, send);
        showFor(null);
    }

    void answers(Map<String, Boolean> redFlags) {
        answers = Map.copyOf(redFlags);
    }

    /** Moves keyboard focus to the first choice, so a screen reader's user hears the next step. */
    void focus() {
        kind.getElement().executeJs("requestAnimationFrame(() => this.focus())");
    }

    private void showFor(ConsultationKind chosen) {
        adminType.setVisible(chosen == ConsultationKind.ADMIN);
        boolean medical = chosen == ConsultationKind.MEDICAL;
        since.setVisible(medical);
        tried.setVisible(medical);
        photoBox.setVisible(medical);
        description.setLabel(medical ? "What is the problem?" : "Tell us what you need");
    }

    private void send() {
        if (kind.getValue() == null) {
            errors.show("Choose admin help or medical help.", kind);
            return;
        }
        boolean admin = kind.getValue() == ConsultationKind.ADMIN;
        NewConsultation request = new NewConsultation(kind.getValue(),
                admin && adminType.getValue() != null ? adminType.getValue().id() : null, description.getValue(),
                admin ? null : since.getValue(), admin ? null : tried.getValue(), wants.getValue(), answers);
        try {
            ConsultationSummary summary = submit.apply(request);
            description.clear();
            since.clear();
            tried.clear();
            wants.clear();
            // the photo first, so that the list of requests the page shows next has it
            sendPhoto(summary, admin);
            sent.accept(summary);
        } catch (UrgentCareAdvised advice) {
            urgent.accept(advice.getMessage());
        } catch (ApiProblem closed) {
            errors.show(closed.getMessage(), null);
        } catch (IllegalArgumentException refused) {
            errors.show(refused.getMessage(), fieldOf(refused.getMessage()));
        }
    }

    /** The photo goes with the request just sent; checked as it arrived, so a refusal here is rare. */
    private void sendPhoto(ConsultationSummary summary, boolean admin) {
        byte[] chosen = photo;
        photo = null;
        if (admin || chosen == null) {
            return;
        }
        try {
            photos.attach(summary.id(), chosen);
        } catch (ApiProblem | IllegalArgumentException refused) {
            errors.show("Your request was sent, but not its photo: " + refused.getMessage(), null);
        }
    }

    private com.vaadin.flow.component.Component fieldOf(String refusal) {
        if (refusal.startsWith("Choose what the admin request")) {
            return adminType;
        }
        if (refusal.startsWith("Since when")) {
            return since;
        }
        if (refusal.startsWith("What you have tried")) {
            return tried;
        }
        return refusal.startsWith("What you would like") ? wants : description;
    }
}
