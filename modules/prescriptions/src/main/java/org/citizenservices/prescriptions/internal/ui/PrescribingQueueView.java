package org.citizenservices.prescriptions.internal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.citizenservices.prescriptions.internal.Pharmacy;
import org.citizenservices.prescriptions.internal.PharmacyNomination;
import org.citizenservices.prescriptions.internal.PrescribingQueue;
import org.citizenservices.prescriptions.internal.PrescriptionRefused;
import org.citizenservices.prescriptions.internal.RequestStatus;
import org.citizenservices.prescriptions.internal.RequestView;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.PracticePatient;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.StatusMessage;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The practice's prescribing queue: requests by status, oldest first, with their age, the patient, the medicines,
 * the patient's comment and nominated pharmacy; forward for signing, issue (prescribers), reject with a reason.
 */
public class PrescribingQueueView extends VerticalLayout {

    private static final String OUTSTANDING = "Outstanding";
    private static final String ALL = "All";
    private static final String AT_PHARMACY = "With the pharmacy";

    private final PrescribingQueue prescribing;
    private final PharmacyNomination nomination;
    private final ServiceAccess access;
    private final Clock practiceClock;
    private final StatusMessage messages = new StatusMessage("queue-messages");
    private final Select<String> status = new Select<>();
    private final Select<Integer> waiting = new Select<>();
    private final Grid<RequestView> queue = new Grid<>();
    private Map<Long, PracticePatient> patients = Map.of();
    private Map<Long, Pharmacy> pharmacies = Map.of();

    public PrescribingQueueView(PrescribingQueue prescribing, PharmacyNomination nomination, ServiceAccess access,
                                Clock practiceClock) {
        this.prescribing = prescribing;
        this.nomination = nomination;
        this.access = access;
        this.practiceClock = practiceClock;
        setId("prescribing-queue-view");
        setMaxWidth("100rem");
        add(new H1("Prescribing queue"));
        status.setId("queue-status");
        status.setLabel("Show");
        List<String> choices = new java.util.ArrayList<>(List.of(OUTSTANDING, AT_PHARMACY));
        Arrays.stream(RequestStatus.values()).map(RequestStatus::label).forEach(choices::add);
        choices.add(ALL);
        status.setItems(choices);
        status.setValue(OUTSTANDING);
        status.addValueChangeListener(e -> refresh());
        waiting.setId("queue-age");
        waiting.setLabel("Waiting");
        waiting.setItems(0, 2, 5);
        waiting.setItemLabelGenerator(days -> days == 0 ? "Any time" : "More than " + days + " days");
        waiting.setValue(0);
        waiting.addValueChangeListener(e -> refresh());
        queue.setId("queue");
        queue.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        queue.setAllRowsVisible(true);
        queue.addColumn(r -> Formats.shortDateTime(r.requestedAt()) + " (" + age(r) + ")").setHeader("Requested")
                .setWidth("13rem").setFlexGrow(0);
        queue.addColumn(this::patient).setHeader("Patient").setFlexGrow(1);
        queue.addColumn(r -> String.join("; ", r.lines().stream().map(RequestView.Line::name).toList()))
                .setHeader("Medicines").setFlexGrow(2);
        queue.addColumn(r -> Optional.ofNullable(r.comment()).orElse("")).setHeader("Patient's comment").setFlexGrow(1);
        queue.addColumn(r -> r.status().label() + (r.practiceComment() == null ? "" : ": " + r.practiceComment()))
                .setHeader("Status").setFlexGrow(1);
        queue.addColumn(this::pharmacy).setHeader("Nominated pharmacy").setFlexGrow(1);
        queue.addComponentColumn(this::actions).setHeader("").setFlexGrow(1);
        HorizontalLayout filters = new HorizontalLayout(status, waiting);
        add(filters, messages, queue);
        refresh();
    }

    private Set<RequestStatus> shown() {
        String chosen = status.getValue();
        if (OUTSTANDING.equals(chosen)) {
            return EnumSet.of(RequestStatus.REQUESTED, RequestStatus.FORWARDED_FOR_SIGNING);
        }
        if (AT_PHARMACY.equals(chosen)) {
            // approved, and the pharmacy has not finished with it
            return EnumSet.of(RequestStatus.ISSUED, RequestStatus.READY_TO_COLLECT);
        }
        for (RequestStatus s : RequestStatus.values()) {
            if (s.label().equals(chosen)) {
                return EnumSet.of(s);
            }
        }
        return EnumSet.allOf(RequestStatus.class);
    }

    private void refresh() {
        int days = waiting.getValue() == null ? 0 : waiting.getValue();
        LocalDateTime before = LocalDateTime.now(practiceClock).minusDays(days);
        List<RequestView> requests = prescribing.queue(shown()).stream()
                .filter(r -> days == 0 || r.requestedAt().isBefore(before)).toList();
        List<Long> patientIds = requests.stream().map(RequestView::patientId).distinct().toList();
        patients = access.practicePatients(patientIds);
        pharmacies = nomination.nominatedPharmacies(patientIds);
        queue.setItems(requests);
    }

    private String age(RequestView request) {
        Duration age = Duration.between(request.requestedAt(), LocalDateTime.now(practiceClock));
        return age.toDays() >= 1 ? age.toDays() + (age.toDays() == 1 ? " day" : " days") : age.toHours() + " h";
    }

    private String patient(RequestView request) {
        PracticePatient patient = patients.get(request.patientId());
        return patient == null ? "Patient " + request.patientId() : patient.displayName() + " (" + patient.nhsNumber()
                + ")" + " — by " + request.requestedBy();
    }

    private String pharmacy(RequestView request) {
        return Optional.ofNullable(pharmacies.get(request.patientId())).map(Pharmacy::label).orElse("None nominated");
    }

    private Component actions(RequestView request) {
        HorizontalLayout actions = new HorizontalLayout();
        if (request.status() == RequestStatus.REQUESTED) {
            actions.add(button("Forward for signing", "forward-" + request.requestId(),
                    () -> act(() -> prescribing.forward(request.requestId()), "Forwarded for signing.")));
        }
        if (request.status() == RequestStatus.FORWARDED_FOR_SIGNING) {
            actions.add(button("Issue", "issue-" + request.requestId(),
                    () -> act(() -> prescribing.issue(request.requestId()), "Issued: the request is approved.")));
        }
        if (request.status().outstanding()) {
            actions.add(button("Reject", "reject-" + request.requestId(), () -> reject(request)));
        }
        // a dispensing practice, or one whose pharmacy tells it by phone, records the pharmacy's progress
        for (RequestStatus next : request.status().next()) {
            if (next.atPharmacy()) {
                actions.add(button(next.label(), next.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                        + "-" + request.requestId(), () -> act(() -> prescribing.pharmacyProgress(request.requestId(),
                        next), next.label() + ".")));
            }
        }
        return actions;
    }

    private void reject(RequestView request) {
        Dialog dialog = new Dialog();
        dialog.setId("reject-dialog");
        dialog.setHeaderTitle("Reject: " + String.join(", ", request.lines().stream().map(RequestView.Line::name)
                .toList()));
        TextArea reason = FormFields.area("Reason (the patient will read it)", "reject-reason", 500);
        reason.setWidth("30rem");
        dialog.add(new Div(new Span("Requested by " + request.requestedBy())), reason);
        Button confirm = button("Reject", "reject-confirm", () -> {
            dialog.close();
            act(() -> prescribing.reject(request.requestId(), reason.getValue()), "Rejected.");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(button("Go back", "reject-back", dialog::close), confirm);
        dialog.open();
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            messages.setText(done);
        } catch (PrescriptionRefused | IllegalArgumentException | SecurityException refused) {
            messages.setText(refused.getMessage());
        }
        refresh();
    }
}
