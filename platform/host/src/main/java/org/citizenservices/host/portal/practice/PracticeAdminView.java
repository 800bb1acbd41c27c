package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.practice.PracticeServices;
import org.citizenservices.core.api.practice.ServiceSwitch;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.spi.Formats;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.host.portal.ui.Table;
import org.citizenservices.spi.CitizenService;

import java.util.List;
import java.util.Map;

/**
 * The practice administrator's switches: which online services the practice offers (for every patient, before
 * their own switches), whether each is installed, and the settings capabilities read (booking rules and so on).
 */
@Route(value = "practice/admin", layout = MainLayout.class)
@PageTitle("Practice services - Citizen Services")
public final class PracticeAdminView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private final Messages messages = new Messages("admin-messages");
    private final Div content = new Div();

    public PracticeAdminView(Portal portal) {
        this.portal = portal;
        setId("practice-admin-view");
        setMaxWidth("75rem");
        content.setWidthFull();
        add(new H1("Practice services"), messages, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        StaffMember staff = StaffPages.staff();
        content.removeAll();
        if (!staff.has(StaffPermission.CONFIGURE_PRACTICE)) {
            content.add(new Paragraph("Only the practice administrator can change the practice's services."));
            return;
        }
        Map<CitizenService, ServiceSwitch> switches = portal.core().practices().switches(staff);
        Map<CitizenService, String> installed = portal.routes().installedServiceNames();
        Map<CitizenService, String> names = portal.serviceNames();
        Table table = new Table("practice-services", null,
                List.of("Service", "Module", "Offered", "Reason", "", "Last change"));
        names.forEach((service, label) -> {
            ServiceSwitch current = switches.get(service);
            Checkbox on = new Checkbox("Offered", current != null && current.enabled());
            on.setId("practice-service-" + service.key());
            TextField reason = new TextField();
            reason.setPlaceholder("Reason (needed to switch off)");
            reason.setId("practice-service-reason-" + service.key());
            reason.setMaxLength(PracticeServices.MAX_SERVICE_REASON);
            Button save = new Button("Save", click -> {
                if (messages.run(() -> portal.core().practices().setService(staff, service, on.getValue(),
                        reason.getValue()))) {
                    render();
                    messages.done(label + " is now " + (on.getValue() ? "offered" : "not offered") + ".");
                }
            });
            save.setId("practice-service-save-" + service.key());
            table.row(label, installed.containsKey(service) ? "Installed" : "Not installed", on, reason, save,
                    current == null ? "" : Formats.utcDateTime(current.changedAt()) + " by " + current.changedBy()
                            + (current.reason() == null ? "" : " (" + current.reason() + ")"));
        });
        content.add(new Paragraph("A service is available to patients only when its module is installed and it is "
                + "offered here; each patient's page can switch it off for that patient."), table);
        content.add(new PracticeDefaultsSection(portal, staff, messages, this::render));
        content.add(new UnsentNotifications(portal.core().outbox(), staff, messages, this::render),
                new SignInPauses(portal.core().audit(), staff, java.time.LocalDateTime.now(portal.core().clock())));
    }
}
