package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.security.PasswordPolicy;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.SignInPaths;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.ui.Messages;

import java.util.ArrayList;
import java.util.List;

import static org.citizenservices.host.portal.ui.FormFields.bounded;

/**
 * A practice user's own account: change the password (which signs their other devices out), or sign out of every
 * device at once. Sessions also end after {@link PortalSignIn#IDLE_TIMEOUT_SECONDS} idle.
 */
@Route(value = "practice/account", layout = MainLayout.class)
@PageTitle("Your staff account - Citizen Services")
public final class StaffAccountView extends VerticalLayout {

    private final Portal portal;
    private final Messages messages = new Messages("staff-account-messages");
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField replacement = new PasswordField("New password");
    private final PasswordField confirm = new PasswordField("Type the new password again");

    public StaffAccountView(Portal portal) {
        this.portal = portal;
        setId("staff-account-view");
        setMaxWidth("40rem");
        bounded(current, "staff-current-password", PasswordPolicy.MAX_LENGTH, Autocomplete.CURRENT_PASSWORD);
        bounded(replacement, "staff-new-password", PasswordPolicy.MAX_LENGTH, Autocomplete.NEW_PASSWORD)
                .setHelperText(PasswordPolicy.STAFF_HINT);
        bounded(confirm, "staff-confirm-password", PasswordPolicy.MAX_LENGTH, Autocomplete.NEW_PASSWORD);
        for (PasswordField field : List.of(current, replacement, confirm)) {
            field.setWidthFull();
        }
        Button change = new Button("Change my password", click -> changePassword());
        change.setId("staff-change-password");
        Button everywhere = new Button("Sign out of all devices", click -> signOutEverywhere());
        everywhere.setId("staff-sign-out-everywhere");
        StaffMember staff = StaffPages.staff();
        add(new H1("Your staff account"), new Paragraph(staff.displayName() + " (" + staff.username() + "), "
                        + staff.practiceName() + ". You sign in with your password and your authenticator app."),
                messages, new H2("Change your password"), new Paragraph("Your other devices are signed out when "
                        + "you change it."), current, replacement, confirm, change,
                new H2("Sign out of all devices"), new Paragraph("If you signed in on a shared or lost device, sign "
                        + "out everywhere, this one too. You are also signed out after "
                        + PortalSignIn.IDLE_TIMEOUT_SECONDS / 60 + " minutes without using the portal."),
                everywhere);
    }

    private void changePassword() {
        List<Messages.Problem> problems = new ArrayList<>();
        Messages.requireText(problems, current, "Enter your current password");
        StaffMember staff = StaffPages.staff();
        PasswordPolicy.staffProblems(replacement.getValue(), staff.username())
                .forEach(problem -> problems.add(new Messages.Problem(problem, replacement)));
        if (!replacement.getValue().equals(confirm.getValue())) {
            problems.add(new Messages.Problem("The two new passwords are not the same", confirm));
        }
        if (problems.isEmpty()) {
            if (messages.run(current, () -> PortalSignIn.refreshStaff(portal.core().staffSignIn()
                    .changePassword(staff, current.getValue(), replacement.getValue())))) {
                messages.done("Your password is changed. Your other devices are signed out.");
            }
        } else {
            messages.problems(problems);
        }
        current.clear();
        replacement.clear();
        confirm.clear();
    }

    private void signOutEverywhere() {
        portal.core().staffSignIn().signOutEverywhere(StaffPages.staff());
        PortalSignIn.signOut(portal.core(), SignInPaths.PRACTICE);
    }
}
