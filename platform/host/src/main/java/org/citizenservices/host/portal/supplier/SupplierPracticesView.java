package org.citizenservices.host.portal.supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.operator.SupplierDesk.PracticeOverview;
import org.citizenservices.core.api.operator.SupplierSignIn.SupplierAdminMember;
import org.citizenservices.host.modules.ModuleRegistry;
import org.citizenservices.host.modules.ModuleStatus;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StackingTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.citizenservices.host.portal.ui.FormFields.bounded;
import static org.citizenservices.host.portal.ui.FormFields.primary;

/**
 * The supplier's page: the capabilities installed on this installation, every practice with what it has switched on
 * and how many staff, patients and online accounts it has (never who), adding a practice, and suspending or
 * restoring one with a reason. The core checks every act; this page only shows what it answers.
 */
@Route(value = "supplier/practices", layout = MainLayout.class)
@PageTitle("Practices - Citizen Services supplier")
public final class SupplierPracticesView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATH = "/supplier/practices";

    private final Portal portal;
    private final Messages messages = new Messages("supplier-messages");
    private final Div installed = new Div();
    private final Div practices = new Div();
    private final Div notices = new Div();
    private final TextField ods = new TextField("ODS code");
    private final TextField name = new TextField("Practice name");
    private final TextField address = new TextField("Address");
    private final TextField postcode = new TextField("Postcode");
    private final TextField telephone = new TextField("Telephone");

    public SupplierPracticesView(Portal portal) {
        this.portal = portal;
        setId("supplier-practices-view");
        setMaxWidth("80rem");
        bounded(ods, "practice-add-ods", 10).setHelperText("For example Y12345: the practice's code from NHS ODS");
        bounded(name, "practice-add-name", 120);
        bounded(address, "practice-add-address", 300);
        bounded(postcode, "practice-add-postcode", 10);
        bounded(telephone, "practice-add-telephone", 30);
        installed.setId("installed-capabilities");
        practices.setId("practices");
        notices.setId("supplier-notices");
        com.vaadin.flow.component.html.Anchor apps = new com.vaadin.flow.component.html.Anchor(
                SupplierAppsView.PATH, "Citizen apps");
        apps.setId("supplier-apps-link");
        add(new H1("Practices on this installation"), apps, messages, new H2("Installed capabilities"), installed,
                new H2("Notices from capabilities"), notices, new H2("Practices"), practices,
                new H2("Add a practice"), ods, name, address, postcode, telephone,
                primary("Add practice", "practice-add-submit", click -> addPractice()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showInstalled();
        showNotices();
        showPractices();
    }

    /** What capabilities report about practices (an online consultation tool paused for safety, say). */
    private void showNotices() {
        notices.removeAll();
        StackingTable<ModuleRegistry.ModuleNotice> table = new StackingTable<ModuleRegistry.ModuleNotice>(
                "supplier-notices-table", "No capability reports anything about a practice.")
                .column("Practice", n -> n.notice().odsCode())
                .column("Capability", ModuleRegistry.ModuleNotice::module)
                .column("Since", n -> Formats.dateTime(n.notice().since()))
                .column("Notice", n -> n.notice().text());
        table.setItems(portal.modules().supplierNotices());
        notices.add(table);
    }

    private SupplierAdminMember admin() {
        return PortalSignIn.supplier().orElseThrow(() -> new IllegalStateException("no supplier signed in"));
    }

    private void showInstalled() {
        installed.removeAll();
        StackingTable<ModuleStatus> table = new StackingTable<ModuleStatus>("installed-modules",
                "No capability module is installed: practices can offer nothing online yet.")
                .column("Capability", ModuleStatus::name)
                .column("Version", ModuleStatus::version)
                .column("State", m -> m.state().name().toLowerCase(java.util.Locale.ROOT));
        table.setItems(portal.modules().modules());
        installed.add(table);
    }

    private void showPractices() {
        practices.removeAll();
        Map<CitizenService, String> names = portal.serviceNames();
        StackingTable<PracticeOverview> table = new StackingTable<PracticeOverview>("practices-table",
                "No practice yet. Add the first one below.")
                .column("Practice", p -> p.name() + " (" + p.odsCode() + ")")
                .column("Added", p -> Formats.date(p.added().toLocalDate()))
                .column("Staff", PracticeOverview::staffUsers)
                .column("Patients", PracticeOverview::patients)
                .column("Online accounts", PracticeOverview::onlineAccounts)
                .column("Switched on", p -> String.join(", ", names.entrySet().stream()
                        .filter(e -> p.servicesOn().contains(e.getKey())).map(Map.Entry::getValue).toList()))
                .column("Status", p -> p.suspended() ? "Suspended: " + p.suspendedReason() : "Live")
                .action(this::suspendOrRestore);
        table.setItems(portal.core().supplierDesk().practices(admin()));
        practices.add(table);
    }

    private Button suspendOrRestore(PracticeOverview practice) {
        Button button = practice.suspended()
                ? new Button("Restore", click -> restore(practice))
                : new Button("Suspend", click -> askReason(practice));
        button.setId((practice.suspended() ? "practice-restore-" : "practice-suspend-") + practice.odsCode());
        button.getElement().setAttribute("aria-label", button.getText() + " " + practice.name());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void askReason(PracticeOverview practice) {
        Dialog dialog = new Dialog();
        dialog.setId("suspend-dialog");
        dialog.setHeaderTitle("Suspend " + practice.name());
        TextArea reason = bounded(new TextArea("Reason (kept with the practice and in the audit trail)"),
                "suspend-reason", FreeText.REASON);
        reason.setWidth("30rem");
        dialog.add(new Div("Its staff are signed out and cannot sign in, its clinical system gets no tokens and its "
                + "patients' online services are off until you restore it. Nothing is deleted."), reason);
        Button confirm = new Button("Suspend", click -> {
            if (messages.run(reason, () -> portal.core().supplierDesk().suspend(admin(), practice.odsCode(),
                    reason.getValue()))) {
                dialog.close();
                messages.done(practice.name() + " is suspended.");
                showPractices();
            }
        });
        confirm.setId("suspend-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button back = new Button("Go back", click -> dialog.close());
        back.setId("suspend-back");
        dialog.getFooter().add(back, confirm);
        dialog.open();
    }

    private void restore(PracticeOverview practice) {
        if (messages.run(() -> portal.core().supplierDesk().restore(admin(), practice.odsCode()))) {
            messages.done(practice.name() + " is live again.");
            showPractices();
        }
    }

    private void addPractice() {
        List<Messages.Problem> problems = new ArrayList<>();
        Messages.requireText(problems, ods, "Enter the practice's ODS code");
        Messages.requireText(problems, name, "Enter the practice's name");
        if (!problems.isEmpty()) {
            messages.problems(problems);
            return;
        }
        String[] added = new String[1];
        if (messages.run(text -> text.contains("ODS") ? ods : text.contains("postcode") ? postcode
                : text.contains("telephone") ? telephone : name, () -> added[0] = portal.core().supplierDesk()
                .addPractice(admin(), new Provisioning.NewPractice(ods.getValue(), name.getValue(),
                        address.getValue(), postcode.getValue(), telephone.getValue())).name())) {
            messages.done(added[0] + " is added, with every installed capability switched on. Add its first "
                    + "administrator with: citizen-services admin staff add --practice " + ods.getValue().trim()
                    .toUpperCase(java.util.Locale.ROOT) + " --role PRACTICE_ADMIN …");
            for (TextField field : new TextField[]{ods, name, address, postcode, telephone}) {
                field.clear();
            }
            showPractices();
        }
    }
}
