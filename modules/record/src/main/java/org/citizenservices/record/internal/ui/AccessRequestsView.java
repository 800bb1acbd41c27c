package org.citizenservices.record.internal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.citizenservices.record.internal.AccessRequest;
import org.citizenservices.record.internal.AccessRequests;
import org.citizenservices.record.internal.RecordRefused;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.PracticePatient;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.StatusMessage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The practice's queue of requests to see more of the record, oldest first, each with its answer date (overdue ones
 * say so): a clinician approves one — choosing the level and the date it starts from — or declines it with a reason
 * the patient reads.
 */
public class AccessRequestsView extends VerticalLayout {

    private final AccessRequests requests;
    private final ServiceAccess access;
    private final Clock practiceClock;
    private final Grid<AccessRequest> queue = new Grid<>();
    private final StatusMessage message = new StatusMessage("access-requests-message");
    private Map<Long, PracticePatient> patients = Map.of();

    public AccessRequestsView(AccessRequests requests, ServiceAccess access, Clock practiceClock) {
        this.requests = requests;
        this.access = access;
        this.practiceClock = practiceClock;
        setId("access-requests-view");
        setMaxWidth("90rem");
        queue.setId("access-requests");
        queue.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        queue.setAllRowsVisible(true);
        queue.addColumn(r -> patientOf(r.patientId())).setHeader("Patient").setFlexGrow(1);
        queue.addColumn(r -> r.askedBy() + (r.asProxy() ? " (proxy)" : "")).setHeader("Asked by");
        queue.addColumn(r -> r.wants().label() + (r.levelWanted() == null ? "" : ": " + r.levelWanted()
                .description())).setHeader("Wants").setFlexGrow(1);
        queue.addColumn(AccessRequest::reason).setHeader("Reason").setFlexGrow(2);
        queue.addColumn(this::due).setHeader("Asked; answer due").setFlexGrow(1);
        queue.addComponentColumn(this::actions).setHeader("Answer").setFlexGrow(1);
        add(new H1("Record access requests"), new Paragraph("Patients and their proxies asking to see older entries or "
                + "more detail. The practice aims to answer within " + AccessRequests.ANSWER_WITHIN_DAYS + " days."),
                message, queue);
        show();
    }

    private void show() {
        try {
            List<AccessRequest> waiting = requests.queue();
            patients = access.practicePatients(waiting.stream().map(AccessRequest::patientId).distinct().toList());
            queue.setItems(waiting);
            if (waiting.isEmpty()) {
                message.setText("No requests are waiting.");
            }
        } catch (SecurityException refused) {
            message.setText(refused.getMessage());
        }
    }

    private String patientOf(long patientId) {
        PracticePatient patient = patients.get(patientId);
        return patient == null ? "Patient " + patientId : patient.displayName() + ", NHS " + patient.nhsNumber();
    }

    private String due(AccessRequest request) {
        LocalDate due = AccessRequests.dueBy(request.askedAt());
        boolean late = due.isBefore(LocalDate.now(practiceClock));
        return Formats.date(request.askedAt().toLocalDate()) + "; " + (late ? "overdue since " : "by ")
                + Formats.date(due);
    }

    private Component actions(AccessRequest request) {
        Button approve = new Button("Approve", e -> approve(request));
        approve.setId("approve-" + request.id());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button("Decline", e -> decline(request));
        decline.setId("decline-" + request.id());
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, decline);
    }

    private void approve(AccessRequest request) {
        Select<RecordAccessLevel> level = new Select<>();
        level.setId("approve-level");
        level.setLabel("Level to give");
        level.setItems(RecordAccessLevel.values());
        level.setItemLabelGenerator(RecordAccessLevel::description);
        level.setValue(request.levelWanted() != null ? request.levelWanted()
                : access.recordAccessOf(request.patientId()).level());
        DatePicker from = new DatePicker("From (empty: the whole record at that level)");
        from.setId("approve-from");
        from.setLocale(Locale.UK);
        TextArea note = FormFields.area("Note for the patient (optional)", "approve-note", 1000);
        answer("Approve the request", level, from, note, () -> requests.approve(request.id(), level.getValue(),
                from.getValue(), note.getValue()), "Approved: the patient's access is changed, and they are told.");
    }

    private void decline(AccessRequest request) {
        TextArea reason = FormFields.area("Reason, which the patient reads", "decline-reason", 1000);
        answer("Decline the request", reason, null, null, () -> requests.decline(request.id(), reason.getValue()),
                "Declined: the patient is told, with your reason.");
    }

    private void answer(String title, Component first, Component second, Component third, Runnable act,
                        String done) {
        Dialog dialog = new Dialog();
        dialog.setId("access-request-dialog");
        dialog.setHeaderTitle(title);
        StatusMessage problem = new StatusMessage("access-request-problem");
        VerticalLayout fields = new VerticalLayout(first);
        if (second != null) {
            fields.add(second, third);
        }
        Button confirm = new Button("Confirm", e -> {
            try {
                act.run();
                dialog.close();
                show();
                message.setText(done);
            } catch (IllegalArgumentException | RecordRefused | SecurityException refused) {
                problem.setText(refused.getMessage());
            }
        });
        confirm.setId("access-request-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        fields.add(problem, new HorizontalLayout(confirm, cancel));
        dialog.add(fields);
        dialog.open();
    }
}
