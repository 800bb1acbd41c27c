package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.integration.ApiClients;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StackingTable;

import java.util.Set;

import static org.citizenservices.host.portal.ui.FormFields.bounded;
import static org.citizenservices.host.portal.ui.FormFields.primary;

/**
 * The practice administrator's connections for the practice's clinical system (the practice integration API): each
 * client with what it may do, adding one (its secret shown once, here, and never again) and ending one at once.
 */
@Route(value = "practice/api-clients", layout = MainLayout.class)
@PageTitle("Clinical system connections - Citizen Services")
public final class ApiClientsView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private final Messages messages = new Messages("api-clients-messages");
    private final Div secret = new Div();
    private final Div content = new Div();

    public ApiClientsView(Portal portal) {
        this.portal = portal;
        setId("api-clients-view");
        setMaxWidth("75rem");
        content.setWidthFull();
        secret.setId("client-secret-box");
        add(new H1("Clinical system connections"), messages, secret, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        secret.removeAll();
        render();
    }

    private void render() {
        StaffMember admin = StaffPages.staff();
        content.removeAll();
        if (!admin.has(StaffPermission.CONFIGURE_PRACTICE)) {
            content.add(new Paragraph("Only the practice administrator manages the clinical system's connections."));
            return;
        }
        StackingTable<ApiClients.Client> table = new StackingTable<ApiClients.Client>("api-clients-table",
                "No connection yet. Add one for your clinical system below.")
                .column("Name", ApiClients.Client::name)
                .column("Client ID", ApiClients.Client::clientId)
                .column("May", c -> c.scopes().contains(ApiClients.SCOPE_IMPORT) ? "Import patients and records"
                        : String.join(", ", c.scopes()))
                .column("Added", c -> Formats.utcDateTime(c.createdAt()) + " by " + c.createdBy())
                .column("State", c -> c.revokedAt() == null ? "Live" : "Ended " + Formats.utcDateTime(c.revokedAt()))
                .action(c -> c.revokedAt() == null ? revoke(admin, c) : new Span());
        table.setItems(portal.core().apiClients().clients(admin));
        TextField name = bounded(new TextField("Name of the clinical system"), "client-add-name", 120);
        name.setHelperText("For example EMIS Web or SystmOne, so that you know it in this list and in the audit.");
        content.add(new Paragraph("Your clinical system sends your patients and their records to Citizen Services "
                        + "through the practice integration API, with a client ID and secret it trades for a "
                        + "15-minute token at /oauth2/token. The API is described at /api/practice/v1/openapi.json."),
                table, new H2("Add a connection"), name,
                primary("Add connection", "client-add-submit", click -> add(admin, name)));
    }

    private void add(StaffMember admin, TextField name) {
        secret.removeAll();
        java.util.concurrent.atomic.AtomicReference<ApiClients.Registered> added =
                new java.util.concurrent.atomic.AtomicReference<>();
        if (messages.run(name, () -> added.set(portal.core().apiClients().add(admin, name.getValue(),
                Set.of(ApiClients.SCOPE_IMPORT))))) {
            ApiClients.Registered client = added.get();
            messages.done("The connection is added. Copy its secret now: it is not shown again.");
            Span id = new Span(client.clientId());
            id.setId("client-id");
            Span value = new Span(client.clientSecret());
            value.setId("client-secret");
            value.addClassName("recovery-codes");
            secret.add(new H2("Give these to your clinical system"), new Paragraph(new Span("Client ID: "), id),
                    new Paragraph(new Span("Client secret: "), value));
            render();
        }
    }

    private Button revoke(StaffMember admin, ApiClients.Client client) {
        Button end = new Button("End", click -> {
            if (messages.run(() -> portal.core().apiClients().revoke(admin, client.clientId()))) {
                secret.removeAll();
                messages.done(client.name() + " can no longer connect. Its tokens stopped working at once.");
                render();
            }
        });
        end.setId("client-revoke-" + client.clientId());
        end.getElement().setAttribute("aria-label", "End the connection " + client.name());
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return end;
    }
}
