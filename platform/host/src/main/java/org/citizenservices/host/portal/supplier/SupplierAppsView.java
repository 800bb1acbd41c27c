package org.citizenservices.host.portal.supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.apps.CitizenApps;
import org.citizenservices.core.api.apps.CitizenApps.Registration;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.operator.SupplierSignIn.SupplierAdminMember;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StackingTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.citizenservices.host.portal.ui.FormFields.bounded;
import static org.citizenservices.host.portal.ui.FormFields.primary;

/**
 * The supplier's page of third-party citizen apps (R8 Scenario 2): every registered app with its contact, callback
 * URLs and how many accounts it is linked to; registering one (its secret shown once), giving it a new secret, and
 * revoking it with a reason, which ends its linkages and sessions at once. The core checks and audits every act.
 */
@Route(value = "supplier/apps", layout = MainLayout.class)
@PageTitle("Citizen apps - Citizen Services supplier")
public final class SupplierAppsView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATH = "/supplier/apps";

    private final Portal portal;
    private final Messages messages = new Messages("apps-messages");
    private final Div apps = new Div();
    private final TextField name = new TextField("App name");
    private final TextField contact = new TextField("Developer's email address");

    public SupplierAppsView(Portal portal) {
        this.portal = portal;
        setId("supplier-apps-view");
        setMaxWidth("80rem");
        bounded(name, "app-add-name", 120).setHelperText("The name people know the app by");
        bounded(contact, "app-add-contact", 254).setHelperText("For notices about the app and its registration");
        apps.setId("apps");
        Anchor practices = new Anchor(SupplierPracticesView.PATH, "Practices");
        practices.setId("supplier-practices-link");
        add(new H1("Citizen apps"), practices, new Paragraph("Apps that link people's online accounts and use "
                + "their GP services through the patient API. An app shows its client id and secret each time it "
                + "links an account or opens a session."), messages, new H2("Registered apps"), apps,
                new H2("Register an app"), name, contact,
                primary("Register app", "app-add-submit", click -> register()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showApps();
    }

    private SupplierAdminMember admin() {
        return PortalSignIn.supplier().orElseThrow(() -> new IllegalStateException("no supplier signed in"));
    }

    private void showApps() {
        apps.removeAll();
        StackingTable<Registration> table = new StackingTable<Registration>("apps-table",
                "No app is registered yet. Register the first one below.")
                .column("App", Registration::name)
                .column("Client id", Registration::clientId)
                .column("Contact", Registration::contact)
                .column("Registered", a -> Formats.date(a.createdAt().toLocalDate()) + " by " + a.createdBy())
                .column("Linked accounts", Registration::liveLinkages)
                .column("Callback URLs", a -> a.callbackUrls().isEmpty() ? "None" : String.join(", ",
                        a.callbackUrls()))
                .column("Status", a -> a.revoked() ? "Revoked " + Formats.date(a.revokedAt().toLocalDate())
                        : a.secretRotatedAt() == null ? "Live" : "Live, secret renewed "
                        + Formats.date(a.secretRotatedAt().toLocalDate()))
                .action(this::actions);
        table.setItems(portal.core().apps().apps(admin()));
        apps.add(table);
    }

    private HorizontalLayout actions(Registration app) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!app.revoked()) {
            actions.add(small("Callback URLs", "app-callbacks-" + app.clientId(), app, () -> editCallbacks(app)),
                    small("New secret", "app-rotate-" + app.clientId(), app, () -> rotate(app)),
                    small("Revoke", "app-revoke-" + app.clientId(), app, () -> askReason(app)));
        }
        return actions;
    }

    private static Button small(String text, String id, Registration app, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(id);
        button.getElement().setAttribute("aria-label", text + ": " + app.name());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void register() {
        List<Messages.Problem> problems = new ArrayList<>();
        Messages.requireText(problems, name, "Enter the app's name");
        Messages.requireText(problems, contact, "Enter the developer's email address");
        if (!problems.isEmpty()) {
            messages.problems(problems);
            return;
        }
        CitizenApps.Credentials[] issued = new CitizenApps.Credentials[1];
        if (messages.run(text -> text.contains("email") ? contact : name, () -> issued[0] = portal.core().apps()
                .register(admin(), name.getValue(), contact.getValue()))) {
            showCredentials(name.getValue().strip() + " is registered", issued[0]);
            name.clear();
            contact.clear();
            showApps();
        }
    }

    private void rotate(Registration app) {
        CitizenApps.Credentials[] issued = new CitizenApps.Credentials[1];
        if (messages.run(() -> issued[0] = portal.core().apps().rotateSecret(admin(), app.clientId()))) {
            showCredentials(app.name() + " has a new secret: the old one no longer works", issued[0]);
            showApps();
        }
    }

    /** The secret is never shown again: the dialog says so and offers nothing but closing it. */
    private void showCredentials(String title, CitizenApps.Credentials credentials) {
        Dialog dialog = new Dialog();
        dialog.setId("app-credentials-dialog");
        dialog.setHeaderTitle(title);
        Div id = new Div("Client id: " + credentials.clientId());
        id.setId("app-client-id");
        Div secret = new Div("Client secret: " + credentials.clientSecret());
        secret.setId("app-client-secret");
        dialog.add(new Paragraph("Give these to the app's developer now, by a secure route. The secret is shown "
                + "this once and cannot be read again; if it is lost, give the app a new one."), id, secret);
        Button done = new Button("I have passed them on", click -> dialog.close());
        done.setId("app-credentials-done");
        dialog.getFooter().add(done);
        dialog.open();
        messages.done(title + ".");
    }

    private void editCallbacks(Registration app) {
        Dialog dialog = new Dialog();
        dialog.setId("app-callbacks-dialog");
        dialog.setHeaderTitle("Callback URLs of " + app.name());
        TextArea urls = bounded(new TextArea("One address per line (https, or http on localhost)"),
                "app-callbacks-urls", 2500);
        urls.setWidth("30rem");
        urls.setValue(String.join("\n", app.callbackUrls()));
        Messages problems = new Messages("app-callbacks-messages");
        Button save = new Button("Save", click -> {
            if (problems.run(urls, () -> portal.core().apps().callbackUrls(admin(), app.clientId(),
                    Arrays.asList(urls.getValue().split("\\R"))))) {
                dialog.close();
                messages.done("The callback URLs of " + app.name() + " are saved.");
                showApps();
            }
        });
        save.setId("app-callbacks-save");
        dialog.add(problems, urls);
        dialog.getFooter().add(new Button("Go back", click -> dialog.close()), save);
        dialog.open();
    }

    private void askReason(Registration app) {
        Dialog dialog = new Dialog();
        dialog.setId("app-revoke-dialog");
        dialog.setHeaderTitle("Revoke " + app.name());
        TextArea reason = bounded(new TextArea("Reason (kept in the audit trail)"), "app-revoke-reason",
                FreeText.REASON);
        reason.setWidth("30rem");
        Messages problems = new Messages("app-revoke-messages");
        dialog.add(problems, new Div("The app can no longer link accounts or open sessions, and its " + app
                .liveLinkages() + " linked accounts are disconnected at once. This cannot be undone: the app "
                + "would have to be registered again and people would link it again."), reason);
        Button confirm = new Button("Revoke", click -> {
            if (problems.run(reason, () -> portal.core().apps().revoke(admin(), app.clientId(), reason.getValue()))) {
                dialog.close();
                messages.done(app.name() + " is revoked.");
                showApps();
            }
        });
        confirm.setId("app-revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Go back", click -> dialog.close()), confirm);
        dialog.open();
    }
}
