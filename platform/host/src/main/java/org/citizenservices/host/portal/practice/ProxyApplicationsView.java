package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.vua.ProxyApplications;
import org.citizenservices.core.api.vua.ProxyApplications.Applied;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.host.portal.ui.Table;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.Formats;

import java.util.List;
import java.util.Map;

/**
 * Online proxy applications for the practice to decide: who applied, for whom, how they are related and what they
 * say shows it, and the patient's consent. An adult's application waits for their consent — confirmed from their own
 * account, or given in writing, which staff record here; then staff approve it with the services and an end date, or
 * decline it with a reason the applicant reads.
 */
@Route(value = "practice/proxy-applications", layout = MainLayout.class)
@PageTitle("Proxy applications - Citizen Services")
public final class ProxyApplicationsView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private final Messages messages = new Messages("proxy-applications-messages");
    private final Table table = new Table("proxy-applications-table", null,
            List.of("Applied", "Applicant", "For", "Relationship", "What they say", "Consent", "Decision"));
    private final Paragraph none = new Paragraph("No applications are waiting.");

    public ProxyApplicationsView(Portal portal) {
        this.portal = portal;
        setId("proxy-applications-view");
        setMaxWidth("90rem");
        add(new H1("Proxy applications"), new Paragraph("Applications made online to act for a patient. Check the"
                + " relationship as you would at the desk before approving."), messages, none, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        table.clearRows();
        List<Applied> open = portal.core().proxyApplications().toDecide(StaffPages.staff());
        for (Applied a : open) {
            table.row(Formats.dateTime(a.appliedAt()), a.applicantName() + " (" + a.applicantAccountId() + ")",
                    StaffPages.link(PracticePaths.patient(a.patientId()), a.patientName(),
                            "application-patient-" + a.id()),
                    a.relationship().label() + (a.forChild() ? " of a child under 11" : ""), a.evidence(),
                    consent(a), decision(a));
        }
        none.setVisible(open.isEmpty());
        table.setVisible(!open.isEmpty());
    }

    private static String consent(Applied a) {
        if (a.consent() == null) {
            return "Waiting for the patient";
        }
        return switch (a.consent()) {
            case "CONFIRMED_ONLINE" -> "Confirmed from the patient's own account";
            case "WRITTEN" -> "Written consent recorded";
            default -> "Not needed (child under 11)";
        };
    }

    private Component decision(Applied a) {
        StaffMember staff = StaffPages.staff();
        ProxyApplications applications = portal.core().proxyApplications();
        Div cell = new Div();
        if (a.status() == ProxyApplications.Status.AWAITING_CONSENT) {
            cell.add(button("Record written consent", "written-consent-" + a.id(), () ->
                    applications.recordWrittenConsent(staff, a.id()), "Written consent recorded."));
        } else {
            Map<CitizenService, String> names = portal.serviceNames();
            CheckboxGroup<CitizenService> services = new CheckboxGroup<>("Services");
            services.setId("approve-services-" + a.id());
            services.setItems(names.keySet());
            services.setItemLabelGenerator(names::get);
            services.setValue(a.services());
            DatePicker until = new DatePicker("Access until (last day; empty: no end)");
            until.setId("approve-until-" + a.id());
            Button approve = button("Approve", "approve-" + a.id(), () -> applications.approve(staff, a.id(),
                    services.getValue(), until.getValue()), "Approved: " + a.applicantName() + " can now act for "
                    + a.patientName() + ".");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            cell.add(services, until, approve);
        }
        TextField reason = new TextField();
        reason.setPlaceholder("Reason the applicant will read");
        reason.setId("decline-reason-" + a.id());
        reason.setMaxLength(FreeText.REASON);
        cell.add(new Div(reason, button("Decline", "decline-" + a.id(), () -> applications.decline(staff, a.id(),
                reason.getValue()), "Declined; the applicant will see your reason.")));
        return cell;
    }

    private Button button(String text, String id, Runnable action, String done) {
        Button button = new Button(text, click -> {
            if (messages.run(action)) {
                messages.done(done);
            }
            refresh();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
