package org.citizenservices.host.portal.citizen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.security.PasswordGuard;
import org.citizenservices.core.api.security.PasswordPolicy;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.vua.AccountLinkageDetails;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.contact.ContactSection;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StackingTable;
import org.citizenservices.host.portal.ui.Messages;

import java.util.ArrayList;
import java.util.List;
import static org.citizenservices.host.portal.ui.FormFields.bounded;
import static org.citizenservices.host.portal.ui.FormFields.primary;

/**
 * "Your online account": confirm the email address and mobile number notices go to, apply to act for someone else
 * (and agree to someone acting for you), change the password, see and disconnect the apps connected to the account,
 * and add the online accounts at other GP practices. In the
 * citizen's words: an app is "connected", never "linked to your VUA".
 */
@Route(value = "account", layout = MainLayout.class)
@PageTitle("Your online account - Citizen Services")
public final class AccountView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private final Messages messages = new Messages("account-page-messages");
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField replacement = new PasswordField("New password");
    private final PasswordField confirm = new PasswordField("Type the new password again");
    private final Div apps = new Div();
    private final Div contact = new Div();
    private final Div practices = new Div();
    private final Div passwordSection = new Div();
    private final Div proxies = new Div();

    public AccountView(Portal portal) {
        this.portal = portal;
        setId("citizen-account-view");
        setMaxWidth("50rem");
        bounded(current, "password-current", PasswordGuard.MAX_LENGTH, Autocomplete.CURRENT_PASSWORD);
        bounded(replacement, "password-new", PasswordPolicy.MAX_LENGTH, Autocomplete.NEW_PASSWORD)
                .setHelperText(PasswordPolicy.HINT);
        bounded(confirm, "password-confirm", PasswordPolicy.MAX_LENGTH, Autocomplete.NEW_PASSWORD);
        Button change = primary("Change password", "password-change", click -> changePassword());
        apps.setId("connected-apps");
        passwordSection.add(new H2("Change your password"), current, replacement, confirm, change);
        add(new H1("Your online account"), messages, contact, proxies, passwordSection, new H2("Connected apps"),
                apps, practices);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contact.removeAll();
        contact.add(ContactSection.ofCitizen(portal, citizen(), messages));
        proxies.removeAll();
        proxies.add(new ProxyApplicationSection(portal, citizen()));
        practices.removeAll();
        // NHS login keeps the password and the second step of someone who signs in with it
        boolean nhsLogin = citizen().channel() == org.citizenservices.core.api.vua.LinkageKind.NHS_LOGIN;
        passwordSection.setVisible(!nhsLogin);
        if (nhsLogin) {
            Paragraph note = new Paragraph("You sign in with NHS login. Change your password and security "
                    + "settings in the NHS App or at NHS login.");
            note.setId("signs-in-with-nhs-login");
            practices.add(note);
        } else {
            practices.add(new SecondStepSection(portal, citizen()), new PracticesSection(portal, citizen()));
        }
        showApps();
    }

    private SignedInCitizen citizen() {
        return PortalSignIn.signIn().orElseThrow(() -> new IllegalStateException("no citizen signed in"));
    }

    private void changePassword() {
        List<Messages.Problem> problems = new ArrayList<>();
        Messages.requireText(problems, current, "Enter your current password");
        Messages.requireText(problems, replacement, "Enter a new password");
        if (!replacement.isEmpty() && !replacement.getValue().equals(confirm.getValue())) {
            problems.add(new Messages.Problem("The two new passwords are not the same", confirm));
        }
        if (!problems.isEmpty()) {
            messages.problems(problems);
            return;
        }
        if (messages.run(text -> text.contains("current") ? current : replacement, () -> {
            portal.core().citizens().changePassword(citizen(), current.getValue(), replacement.getValue());
        })) {
            messages.done("Your password has been changed.");
        }
        current.clear();
        replacement.clear();
        confirm.clear();
    }

    private void showApps() {
        apps.removeAll();
        StackingTable<AccountLinkageDetails> table = new StackingTable<AccountLinkageDetails>("connected-apps-table",
                "No apps are connected. To use an app from another company, choose \"Connect an app\" in the app and"
                        + " enter the details from your registration letter.")
                .column("App", AccountLinkageDetails::appName)
                .column("Connected since", app -> Formats.utcDateTime(app.createdAt()))
                .action(this::disconnectButton);
        table.setItems(List.copyOf(portal.core().citizens().connectedApps(citizen())));
        apps.add(table);
    }

    private Button disconnectButton(AccountLinkageDetails app) {
        Button disconnect = new Button("Disconnect", click -> {
            if (messages.run(() -> portal.core().citizens().disconnectApp(citizen(), app.id()))) {
                messages.done(app.appName() + " is no longer connected to your account.");
                showApps();
            }
        });
        disconnect.setId("disconnect-app-" + app.id());
        disconnect.getElement().setAttribute("aria-label", "Disconnect " + app.appName());
        return disconnect;
    }
}
