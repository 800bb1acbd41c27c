package org.citizenservices.host.portal.practice;

import org.citizenservices.core.api.practice.ActivationLink;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.citizenservices.core.api.practice.StaffAccounts;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.host.notify.ActivationMail;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.ui.Lengths;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.host.portal.ui.Table;

import java.util.List;

/**
 * The practice administrator's staff: everyone with their role and state; add someone (a one-time activation link,
 * e-mailed when the installation can), change a role, disable or enable, and reset a sign-in when a phone is lost.
 * The core checks every change (the administrator's own practice; nobody locks themselves out).
 */
@Route(value = "practice/staff", layout = MainLayout.class)
@PageTitle("Staff - Citizen Services")
public final class StaffAdminView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private final Messages messages = new Messages("staff-admin-messages");
    private final Div link = new Div();
    private final Div content = new Div();

    public StaffAdminView(Portal portal) {
        this.portal = portal;
        setId("staff-admin-view");
        setMaxWidth("75rem");
        content.setWidthFull();
        link.setId("staff-activation");
        add(new H1("Staff"), messages, link, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        StaffMember admin = StaffPages.staff();
        content.removeAll();
        if (!admin.has(StaffPermission.CONFIGURE_PRACTICE)) {
            content.add(new Paragraph("Only the practice administrator manages staff accounts."));
            return;
        }
        Table table = new Table("staff-table", null, List.of("Name", "Username", "Role", "", "State", "", ""));
        for (StaffAccounts.StaffAccount account : portal.core().staffAccounts().list(admin)) {
            String key = account.username().replaceAll("[^a-z0-9]", "-");
            Select<StaffRole> role = roles("staff-role-" + key);
            role.setValue(account.role());
            role.setAriaLabel("Role of " + account.displayName());
            Button saveRole = new Button("Change role", click -> act(() -> portal.core().staffAccounts()
                    .changeRole(admin, account.id(), role.getValue()), account.displayName() + " is now "
                    + words(role.getValue()) + "."));
            saveRole.setId("staff-role-save-" + key);
            boolean disabled = account.status() == StaffAccounts.Status.DISABLED;
            Button toggle = new Button(disabled ? "Enable" : "Disable", click -> act(() -> portal.core()
                    .staffAccounts().setEnabled(admin, account.id(), disabled), account.displayName()
                    + (disabled ? " can sign in again." : " can no longer sign in.")));
            toggle.setId("staff-toggle-" + key);
            Button reset = new Button("Reset sign-in", click -> invited(() -> portal.core().staffAccounts()
                    .resetSignIn(admin, account.id())));
            reset.setId("staff-reset-" + key);
            table.row(account.displayName(), account.username(), role, saveRole, state(account), toggle, reset);
        }
        content.add(table, addForm(admin));
    }

    private Div addForm(StaffMember admin) {
        TextField username = new TextField("Username");
        username.setId("staff-add-username");
        username.setMaxLength(Lengths.USERNAME);
        username.setHelperText("3 to 60 lower-case letters, digits, dots, hyphens or underscores");
        TextField name = new TextField("Full name");
        name.setId("staff-add-name");
        name.setMaxLength(120);
        EmailField email = new EmailField("E-mail address");
        email.setId("staff-add-email");
        email.setMaxLength(254);
        Select<StaffRole> role = roles("staff-add-role");
        role.setLabel("Role");
        role.setValue(StaffRole.RECEPTIONIST);
        Button add = new Button("Add and send the activation link", click -> invited(() -> portal.core()
                .staffAccounts().add(admin, username.getValue(), name.getValue(), email.getValue(), role.getValue())));
        add.setId("staff-add");
        Div form = new Div(new H2("Add a member of staff"), new Paragraph("They get a one-time link, valid for 72 "
                + "hours, to choose a password and add an authenticator app."), username, name, email, role, add);
        form.addClassName("panel");
        return form;
    }

    private void invited(java.util.function.Supplier<ActivationLink> action) {
        ActivationLink[] made = new ActivationLink[1];
        if (messages.run(() -> made[0] = action.get())) {
            ActivationMail.Sent sent = portal.activationMail().send(made[0]);
            render();
            link.removeAll();
            Span url = new Span(sent.link());
            url.setId("staff-activation-link");
            link.add(new Paragraph(sent.emailed() ? "The activation link for " + made[0].username()
                    + " has been e-mailed to " + made[0].email() + ". It is also here, in case it does not arrive:"
                    : "Give " + made[0].username() + " this activation link yourself (this installation sends no "
                    + "e-mail). It works once, for 72 hours:"), url);
            messages.done("Activation link ready for " + made[0].username() + ".");
        }
    }

    private void act(Runnable change, String done) {
        if (messages.run(change)) {
            link.removeAll();
            render();
            messages.done(done);
        }
    }

    private static Select<StaffRole> roles(String id) {
        Select<StaffRole> select = new Select<>();
        select.setId(id);
        select.setItems(StaffRole.values());
        select.setItemLabelGenerator(StaffAdminView::words);
        return select;
    }

    private static String state(StaffAccounts.StaffAccount account) {
        String state = switch (account.status()) {
            case ACTIVE -> "Active";
            case AWAITING_ACTIVATION -> "Waiting for activation";
            case DISABLED -> "Disabled";
        };
        return account.demo() ? state + " (demo account)" : state;
    }

    static String words(StaffRole role) {
        return switch (role) {
            case RECEPTIONIST -> "Receptionist";
            case CLINICIAN -> "Clinician";
            case PRACTICE_ADMIN -> "Practice administrator";
        };
    }
}
