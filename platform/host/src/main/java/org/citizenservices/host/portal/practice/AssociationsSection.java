package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.patient.PatientDetails;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.AccountDetails;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.ConsentMethod;
import org.citizenservices.core.api.vua.PatientAssociationDetails;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.spi.Formats;
import org.citizenservices.host.portal.ui.Lengths;
import org.citizenservices.host.portal.ui.Table;
import org.citizenservices.spi.CitizenService;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The account page's patient associations: who the account acts for, with which services; add, change, end, review. */
final class AssociationsSection extends AccountSection {

    AssociationsSection(Page page) {
        super(page);
        add(associations(page.staff(), page.details(), page.mayManage()));
    }

    private Div associations(StaffMember staff, AccountDetails details, boolean mayManage) {
        Div section = new Div(new H2("Patients this account gives access to"));
        LocalDate today = Times.today(portal.core().clock());
        Table table = new Table("account-associations", null,
                List.of("Patient", "Access", "Consent", "Services", "From", "Until", ""));
        for (PatientAssociationDetails a : details.associations()) {
            Div actions = new Div();
            if (a.endDate() == null && mayManage) {
                actions.add(associationActions(staff, a, today));
            }
            table.row(StaffPages.link(PracticePaths.patient(a.patient().id()), a.patient().displayName(),
                            "association-patient-" + a.patient().nhsNumber().value()),
                    a.type() == AssociationType.SELF ? "Own account" : "Proxy (" + a.relationship().label() + ")",
                    a.consentMethod().label() + (a.legalBasis() == null ? "" : ": " + a.legalBasis()),
                    keys(a.services()), Formats.date(a.startDate()),
                    until(a), actions);
        }
        section.add(details.associations().isEmpty() ? new Paragraph("None yet.") : table);
        if (mayManage) {
            section.add(addAssociation(staff));
        }
        return section;
    }

    /** Ended: the day and why; time-limited: its last day. */
    static String until(PatientAssociationDetails a) {
        if (a.endDate() != null) {
            return Formats.date(a.endDate()) + " (" + a.endReason() + ")";
        }
        return a.accessUntil() == null ? "" : "Until " + Formats.date(a.accessUntil()) + " (last day)";
    }

    private Div associationActions(StaffMember staff, PatientAssociationDetails a, LocalDate today) {
        Div actions = new Div();
        String id = a.patient().nhsNumber().value();
        TextField reason = new TextField();
        reason.setPlaceholder("Reason to end");
        reason.setId("association-end-reason-" + id);
        reason.setMaxLength(FreeText.REASON);
        Button end = new Button("End access", click -> changed(() ->
                portal.core().associations().endAssociation(staff, a.id(), reason.getValue()), "Access ended."));
        end.setId("association-end-" + id);
        actions.add(reason, end);
        if (a.type() == AssociationType.PROXY) {
            CheckboxGroup<CitizenService> services = servicesBox("association-services-" + id);
            services.setValue(a.services());
            Button save = new Button("Save services", click -> changed(() ->
                    portal.core().associations().changeServices(staff, a.id(), services.getValue()), "Services saved."));
            save.setId("association-services-save-" + id);
            actions.add(services, save);
            if (a.needsReviewOn(today) && staff.has(StaffPermission.REVIEW_PROXY_ACCESS)) {
                Button review = new Button("Reviewed: keep the ticked services", click -> changed(() ->
                        portal.core().associations().reviewAssociation(staff, a.id(), services.getValue()),
                        "Review recorded."));
                review.setId("association-review-" + id);
                actions.add(new Paragraph("The patient has turned 11 or 16: review this access with them."), review);
            }
        }
        return actions;
    }

    private Details addAssociation(StaffMember staff) {
        TextField nhs = new TextField("Patient's NHS number");
        nhs.setId("assoc-nhs");
        nhs.setMaxLength(Lengths.NHS_NUMBER);
        Select<AssociationType> type = new Select<>();
        type.setId("assoc-type");
        type.setLabel("This person is");
        type.setItems(AssociationType.values());
        type.setItemLabelGenerator(t -> t == AssociationType.SELF ? "the patient" : "acting for the patient (proxy)");
        type.setValue(AssociationType.PROXY);
        Select<Relationship> relationship = new Select<>();
        relationship.setId("assoc-relationship");
        relationship.setLabel("Relationship to the patient");
        relationship.setItems(Arrays.stream(Relationship.values()).filter(r -> r != Relationship.SELF).toList());
        relationship.setItemLabelGenerator(Relationship::label);
        Select<ConsentMethod> consent = new Select<>();
        consent.setId("assoc-consent");
        consent.setLabel("Patient's consent");
        consent.setItems(ConsentMethod.values());
        consent.setItemLabelGenerator(ConsentMethod::label);
        TextField legalBasis = new TextField("Legal basis (when consent is not required)");
        legalBasis.setId("assoc-legal-basis");
        legalBasis.setMaxLength(AssociationRequest.MAX_LEGAL_BASIS);
        legalBasis.setWidthFull();
        TextField notes = new TextField("Details");
        notes.setId("assoc-details");
        notes.setMaxLength(AssociationRequest.MAX_DETAILS);
        notes.setWidthFull();
        CheckboxGroup<CitizenService> services = servicesBox("assoc-services");
        DatePicker start = new DatePicker("Access starts", Times.today(portal.core().clock()));
        start.setId("assoc-start");
        DatePicker until = new DatePicker("Access until (a proxy's last day; leave empty for no end)");
        until.setId("assoc-until");
        Button add = new Button("Add association", click -> changed(() -> {
            PatientDetails patient = portal.core().patients().byNhsNumber(staff.practiceId(), new NhsNumber(nhs.getValue()));
            AssociationRequest request = type.getValue() == AssociationType.SELF
                    ? AssociationRequest.self(start.getValue())
                    : new AssociationRequest(AssociationType.PROXY, relationship.getValue(), consent.getValue(),
                    legalBasis.getValue(), notes.getValue(), services.getValue(), start.getValue(), until.getValue());
            portal.core().associations().associate(staff, vuaId, patient.id(), request);
        }, "Association added."));
        add.setId("assoc-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(nhs, type, relationship, consent, legalBasis, notes, services, start,
                until, add);
        form.setPadding(false);
        Details details = new Details("Add a patient", form);
        details.setId("assoc-form");
        return details;
    }

    private CheckboxGroup<CitizenService> servicesBox(String id) {
        CheckboxGroup<CitizenService> services = new CheckboxGroup<>("Services");
        services.setId(id);
        Map<CitizenService, String> names = portal.serviceNames();
        services.setItems(names.keySet());
        services.setItemLabelGenerator(names::get);
        return services;
    }

    private static String keys(Set<CitizenService> services) {
        return services.stream().map(CitizenService::key).sorted().collect(Collectors.joining(", "));
    }
}
