package org.citizenservices.prescriptions.internal.ui;

import org.citizenservices.spi.CitizenHeading;
import org.citizenservices.spi.ErrorSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.prescriptions.internal.OrderableCourse;
import org.citizenservices.prescriptions.internal.Pharmacy;
import org.citizenservices.prescriptions.internal.PharmacyNomination;
import org.citizenservices.prescriptions.internal.PrescriptionOrdering;
import org.citizenservices.prescriptions.internal.PrescriptionRefused;
import org.citizenservices.prescriptions.internal.RequestStatus;
import org.citizenservices.prescriptions.internal.RequestView;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.StackingTable;
import org.citizenservices.spi.StatusMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The citizen's repeat prescriptions, for themself or the patient they act for: current medicines to tick and
 * request with a comment, requests with their status and the practice's comments (cancel while requested), and the
 * EPS nominated pharmacy, chosen from the directory.
 */
public class PrescriptionsView extends VerticalLayout {

    private final PrescriptionOrdering ordering;
    private final PharmacyNomination nomination;
    private final StatusMessage message = new StatusMessage("prescriptions-message");
    private final ErrorSummary errors = new ErrorSummary("prescriptions-error-summary");
    private final UnorderedList courses = new UnorderedList();
    private final StackingTable<RequestView> requests = new StackingTable<>("requests", "No requests yet.");
    private final Paragraph nominated = new Paragraph();
    private final StackingTable<Pharmacy> pharmacies = new StackingTable<>("pharmacy-results",
            "No pharmacy found. Try fewer words, or the postcode.");
    private final Map<Long, Checkbox> ticks = new HashMap<>();

    public PrescriptionsView(PrescriptionOrdering ordering, PharmacyNomination nomination, ServiceAccess access) {
        this.ordering = ordering;
        this.nomination = nomination;
        setId("prescriptions-view");
        setMaxWidth("70rem");
        CurrentCitizen citizen = access.currentCitizen().orElseThrow();
        add(CitizenHeading.of(citizen, "Your repeat prescriptions", "Repeat prescriptions for "));
        courses.setId("courses");
        nominated.setId("nominated-pharmacy");
        configureTables();

        TextArea comment = FormFields.area("Comment for the practice (optional)", "request-comment", 500);
        comment.setWidth("30rem");
        Button submit = new Button("Request the ticked medicines", e -> request(comment));
        submit.setId("request-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        TextField search = FormFields.text("Find a pharmacy (name, street, town or postcode)", "pharmacy-search", 60);
        search.setWidth("24rem");
        Button find = new Button("Search", e -> search(search));
        find.setId("pharmacy-search-go");
        HorizontalLayout finder = new HorizontalLayout(search, find);
        finder.setAlignItems(Alignment.BASELINE);
        finder.setWrap(true);
        finder.setWidthFull();

        comment.setWidthFull();
        comment.setMaxWidth("30rem");
        search.setWidthFull();
        search.setMaxWidth("24rem");
        add(errors, message, new H2("Medicines"), courses, comment, submit, new H2("Requests"), requests,
                new H2("Nominated pharmacy"), nominated, finder, pharmacies);
        refresh();
    }

    private void configureTables() {
        requests.column("Requested", r -> Formats.dateTime(r.requestedAt()))
                .column("Medicines", r -> String.join(", ", r.lines().stream().map(RequestView.Line::name).toList()))
                .column("Status", r -> tag(r.status()))
                .column("Progress", PrescriptionsView::progress)
                .column("Your comment", RequestView::comment)
                .column("The practice", RequestView::practiceComment)
                .action(r -> r.status() != RequestStatus.REQUESTED ? null : cancelButton(r))
                .rowId(r -> "request-" + r.requestId());
        pharmacies.column("Pharmacy", p -> p.label() + " (" + p.odsCode() + ")")
                .action(pharmacy -> {
                    Button choose = new Button("Nominate", e -> nominate(pharmacy));
                    choose.setId("nominate-" + pharmacy.odsCode());
                    choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    choose.getElement().setAttribute("aria-label", "Nominate " + pharmacy.name());
                    return choose;
                });
        pharmacies.setVisible(false);
    }

    private Button cancelButton(RequestView request) {
        Button cancel = new Button("Cancel request", e -> cancel(request));
        cancel.setId("cancel-request-" + request.requestId());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        cancel.getElement().setAttribute("aria-label", "Cancel the request of "
                + Formats.dateTime(request.requestedAt()));
        return cancel;
    }

    private void request(TextArea comment) {
        List<Long> chosen = new ArrayList<>();
        ticks.forEach((id, box) -> {
            if (box.getValue()) {
                chosen.add(id);
            }
        });
        errors.clear();
        if (chosen.isEmpty()) {
            Checkbox first = ticks.values().stream().filter(Checkbox::isEnabled).findFirst().orElse(null);
            errors.show("Select the medicines you need", first);
            return;
        }
        try {
            RequestView made = ordering.request(chosen, comment.getValue());
            comment.clear();
            say("Requested: " + String.join(", ", made.lines().stream().map(RequestView.Line::name).toList())
                    + ". The practice will deal with it within two working days.");
        } catch (PrescriptionRefused | IllegalArgumentException refused) {
            fail(refused.getMessage(), comment);
        }
        refresh();
    }

    private void cancel(RequestView request) {
        try {
            ordering.cancel(request.requestId());
            say("Request cancelled.");
        } catch (PrescriptionRefused refused) {
            fail(refused.getMessage(), null);
        }
        refresh();
    }

    private void search(TextField field) {
        String words = field.getValue();
        pharmacies.setVisible(false);
        errors.clear();
        if (words.isBlank()) {
            errors.show("Enter the name, street, town or postcode of a pharmacy", field);
            return;
        }
        try {
            pharmacies.setItems(nomination.searchPharmacies(words));
            pharmacies.setVisible(true);
        } catch (IllegalArgumentException refused) {
            fail(refused.getMessage(), field);
        }
    }

    private void nominate(Pharmacy pharmacy) {
        try {
            nomination.nominate(pharmacy.odsCode());
            say("Your prescriptions will now go to " + pharmacy.name() + ".");
            pharmacies.setVisible(false);
        } catch (PrescriptionRefused | IllegalArgumentException refused) {
            fail(refused.getMessage(), null);
        }
        refresh();
    }

    private void refresh() {
        courses.removeAll();
        ticks.clear();
        for (OrderableCourse course : ordering.courses()) {
            ListItem item = new ListItem();
            item.setId("course-item-" + course.courseId());
            Checkbox tick = new Checkbox(course.name());
            tick.setId("course-" + course.courseId());
            tick.setEnabled(course.canRequest());
            ticks.put(course.courseId(), tick);
            item.add(tick, line(course.dosage() + " · " + course.quantity() + " (" + course.durationDays()
                    + " days)" + (course.lastIssued() == null ? "" : " · last issued "
                    + Formats.date(course.lastIssued()))));
            if (!course.canRequest()) {
                item.add(line(course.whyNot()));
            }
            courses.add(item);
        }
        if (ticks.isEmpty()) {
            courses.add(new ListItem("No current medicines."));
        }
        requests.setItems(ordering.requests());
        nominated.setText(nomination.nominatedPharmacy().map(p -> "Your prescriptions go to " + p.label() + " ("
                + p.telephone() + ").").orElse("No pharmacy is nominated: choose one below."));
    }

    private static Div line(String text) {
        return new Div(new Span(text));
    }

    /** Each step after the request with its day: "Approved, 3 December 2026; Ready to collect at …". */
    private static String progress(RequestView request) {
        return String.join("; ", request.progress().stream().filter(step -> step.status() != RequestStatus.REQUESTED)
                .map(step -> step.words(at -> Formats.date(at.toLocalDate()))).toList());
    }

    /** The status in words, in a tag whose colour only repeats them. */
    private static Span tag(RequestStatus status) {
        Span tag = new Span(status.label());
        tag.addClassName("status-tag");
        tag.addClassName(switch (status) {
            case ISSUED, READY_TO_COLLECT, DISPATCHED, COLLECTED -> "done";
            case REJECTED, CANCELLED, NOT_DISPENSED -> "stopped";
            default -> "waiting";
        });
        return tag;
    }

    private void say(String text) {
        message.say(text, errors);
    }

    private void fail(String text, com.vaadin.flow.component.Component field) {
        message.fail(text, field, errors);
    }
}
