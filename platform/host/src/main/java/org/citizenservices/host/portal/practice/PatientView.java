package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.core.api.patient.RegistrationStatus;
import org.citizenservices.core.api.practice.PracticeServices;
import org.citizenservices.core.api.patient.PatientDetails;
import org.citizenservices.core.api.patient.PatientRegister;
import org.citizenservices.core.api.patient.ServiceConfigurationDetails;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.PatientAssociationDetails;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.spi.Formats;
import org.citizenservices.host.portal.ui.SummaryList;
import org.citizenservices.host.portal.ui.Table;
import org.citizenservices.spi.CitizenService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A patient's page for staff: details and registration, their online services (switched per patient, with a reason
 * when off), how much of their record is visible online, and everyone with online access to them. Opening it is
 * recorded in the patient's audit trail.
 */
@Route(value = "practice/patients/:patientId", layout = MainLayout.class)
@PageTitle("Patient - Citizen Services")
public final class PatientView extends ReferencedPage {

    private final Portal portal;
    private long patientId;

    public PatientView(Portal portal) {
        super("patient-view", "75rem", "patient-messages", "patientId", new NotFound("Patient not found",
                "There is no patient with that reference at your practice."));
        this.portal = portal;
    }

    @Override
    protected void show(long reference) {
        patientId = reference;
        render();
    }

    private void render() {
        StaffMember staff = StaffPages.staff();
        PatientDetails patient = portal.core().patients().view(staff, patientId);
        content.removeAll();
        H1 name = new H1(patient.displayName());
        name.setId("patient-name");
        content.add(name, details(patient), registration(staff, patient), services(staff, patient),
                recordAccess(staff, patient), onlineAccess(staff, patient),
                new Paragraph(StaffPages.link(PracticePaths.patientAudit(patientId),
                        "Who has viewed or changed this patient's information", "patient-audit-link")));
    }

    private SummaryList details(PatientDetails patient) {
        LocalDate today = Times.today(portal.core().clock());
        var contact = patient.contact();
        return new SummaryList("patient-details")
                .row("NHS number", patient.nhsNumber().formatted(), "patient-nhs-number")
                .row("Date of birth", Formats.date(patient.dateOfBirth()) + " (age " + patient.ageOn(today) + ")")
                .row("Sex", patient.sex().name().toLowerCase())
                .row("Address", contact.address() == null ? null
                        : contact.address() + (contact.postcode() == null ? "" : ", " + contact.postcode()))
                .row("Telephone", contact.telephone() == null ? null : contact.telephone().value())
                .row("Email", contact.email() == null ? null : contact.email().value())
                .row("Registration", patient.registrationStatus().name()
                        + (patient.statusChangedOn() == null ? "" : " since " + Formats.date(patient.statusChangedOn())),
                        "patient-registration");
    }

    private Div registration(StaffMember staff, PatientDetails patient) {
        Div section = new Div();
        if (!patient.isRegistered() || !staff.has(StaffPermission.MANAGE_REGISTRATION)) {
            return section;
        }
        Select<RegistrationStatus> status = new Select<>();
        status.setLabel("Record that the patient");
        status.setItems(RegistrationStatus.LEFT, RegistrationStatus.DECEASED);
        status.setItemLabelGenerator(s -> s == RegistrationStatus.LEFT ? "has left the practice" : "has died");
        status.setId("registration-status");
        TextField reason = new TextField("Reason");
        reason.setId("registration-reason");
        reason.setMaxLength(PatientRegister.MAX_REGISTRATION_REASON);
        Button save = new Button("Record", click -> {
            if (messages.run(() -> {
                if (status.getValue() == null) {
                    throw new org.citizenservices.core.api.domain.InvalidValueException(
                            "Choose whether the patient has left the practice or has died.");
                }
                portal.core().patients().changeRegistrationStatus(staff, patientId, status.getValue(),
                        reason.getValue());
            })) {
                render();
                messages.done("Registration updated. Online access for this patient has ended.");
            }
        });
        save.setId("registration-save");
        HorizontalLayout row = new HorizontalLayout(status, reason, save);
        row.setAlignItems(Alignment.BASELINE);
        section.add(new H2("Registration"), row);
        return section;
    }

    private Div services(StaffMember staff, PatientDetails patient) {
        Div section = new Div(new H2("Online services for this patient"));
        Set<CitizenService> practiceOn = portal.core().practices().enabledFor(staff.practiceId());
        Map<CitizenService, ? extends ServiceConfigurationDetails> switches = portal.core().patients().serviceSwitches(staff, patientId);
        boolean mayChange = staff.has(StaffPermission.CONFIGURE_PATIENT_SERVICES);
        Table table = new Table("patient-services", null, List.of("Service", "Practice", "This patient", "Reason", ""));
        for (Map.Entry<CitizenService, String> service : portal.serviceNames().entrySet()) {
            addServiceRow(table, staff, patient, service.getKey(), service.getValue(), practiceOn,
                    switches.get(service.getKey()), mayChange);
        }
        section.add(table);
        if (!mayChange) {
            section.add(new Paragraph("Only a clinician or the practice administrator can change these."));
        }
        List<? extends ServiceConfigurationDetails> changes = portal.core().patients().serviceHistory(staff, patientId);
        if (!changes.isEmpty()) {
            Table history = new Table("patient-service-history", "Changes to this patient's services",
                    List.of("When", "Service", "Now", "Reason", "By"));
            Map<CitizenService, String> names = portal.serviceNames();
            for (ServiceConfigurationDetails change : changes) {
                history.row(Formats.utcDateTime(change.changedAt()), names.getOrDefault(change.service(),
                        change.service().key()), change.enabled() ? "On" : "Off", change.reason(), change.changedBy());
            }
            section.add(history);
        }
        return section;
    }

    private void addServiceRow(Table table, StaffMember staff, PatientDetails patient, CitizenService key, String label,
                               Set<CitizenService> practiceOn, ServiceConfigurationDetails current, boolean mayChange) {
        Checkbox on = new Checkbox("On", current == null || current.enabled());
        on.setId("patient-service-" + key.key());
        on.setEnabled(mayChange && patient.isRegistered());
        TextField reason = new TextField();
        reason.setId("patient-service-reason-" + key.key());
        reason.setMaxLength(PracticeServices.MAX_SERVICE_REASON);
        reason.setPlaceholder("Reason (needed to switch off)");
        reason.setValue(current == null || current.reason() == null ? "" : current.reason());
        reason.setEnabled(on.isEnabled());
        Button save = new Button("Save", click -> {
            if (messages.run(() -> portal.core().patients().setService(staff, patientId, key, on.getValue(),
                    reason.getValue()))) {
                render();
                messages.done(label + " is now " + (on.getValue() ? "on" : "off") + " for " + patient.displayName() + ".");
            }
        });
        save.setId("patient-service-save-" + key.key());
        save.setVisible(on.isEnabled());
        String changed = current == null ? "" : " (" + current.changedBy() + ", " + Formats.utcDateTime(current.changedAt()) + ")";
        table.row(label, practiceOn.contains(key) ? "On" : "Off", on, reason, save).setAttribute("title", changed);
    }


    private Div recordAccess(StaffMember staff, PatientDetails patient) {
        Div section = new Div(new H2("Record access online"));
        Select<RecordAccessLevel> level = new Select<>();
        level.setId("record-level");
        level.setLabel("Level");
        level.setItems(RecordAccessLevel.values());
        level.setItemLabelGenerator(RecordAccessLevel::description);
        level.setValue(patient.recordAccessLevel());
        DatePicker from = new DatePicker("Show entries from (optional)");
        from.setId("record-from");
        from.setValue(patient.recordAccessFrom());
        Button save = new Button("Save record access", click -> {
            if (messages.run(() -> portal.core().patients().setRecordAccess(staff, patientId, level.getValue(),
                    from.getValue()))) {
                render();
                messages.done("Record access is now: " + level.getValue().description() + ".");
            }
        });
        save.setId("record-save");
        boolean mayChange = staff.has(StaffPermission.CONFIGURE_PATIENT_SERVICES);
        level.setEnabled(mayChange);
        from.setEnabled(mayChange);
        save.setVisible(mayChange);
        HorizontalLayout row = new HorizontalLayout(level, from, save);
        row.setAlignItems(Alignment.BASELINE);
        section.add(new Paragraph("Each level includes the ones above it: summary, then detailed coded record, "
                + "then reviewed documents, then the full record."), row);
        return section;
    }

    private Div onlineAccess(StaffMember staff, PatientDetails patient) {
        Div section = new Div(new H2("Online access to this patient"));
        List<? extends PatientAssociationDetails> associations = portal.core().associations().associationsForPatient(staff, patientId);
        LocalDate today = Times.today(portal.core().clock());
        Table table = new Table("patient-associations", null,
                List.of("Online account", "Person", "Access", "Services", "From", "Until", "Review"));
        for (PatientAssociationDetails a : associations) {
            table.row(StaffPages.link(PracticePaths.account(a.vua().id()), a.vua().accountId().value(),
                            "association-account-" + a.vua().accountId().value()), a.vua().displayName(),
                    a.type() == AssociationType.SELF ? "Own account" : "Proxy (" + a.relationship().label() + ")",
                    a.services().stream().map(CitizenService::key).sorted().collect(Collectors.joining(", ")),
                    Formats.date(a.startDate()), AssociationsSection.until(a),
                    a.needsReviewOn(today) ? "Due: the patient has turned 11 or 16" : "");
        }
        section.add(associations.isEmpty() ? new Paragraph("Nobody has online access to this patient.") : table);
        boolean hasOwn = associations.stream().anyMatch(a -> a.type() == AssociationType.SELF && a.endDate() == null);
        if (patient.isRegistered() && !hasOwn && staff.has(StaffPermission.MANAGE_ACCOUNTS)) {
            section.add(new Paragraph(StaffPages.link(PracticePaths.newAccount(patientId),
                    "Create an online account for " + patient.displayName(), "create-own-account")));
        }
        if (patient.isRegistered() && staff.has(StaffPermission.MANAGE_ACCOUNTS)) {
            section.add(new Paragraph("To give someone proxy access, open their online account (or create one) and "
                    + "add an association with NHS number " + patient.nhsNumber().formatted() + "."));
        }
        return section;
    }
}
