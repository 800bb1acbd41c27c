package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.practice.StaffActivation;
import org.citizenservices.core.api.security.PasswordPolicy;
import org.citizenservices.core.api.security.TotpCodes;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.SignInPaths;
import org.citizenservices.host.portal.ui.AuthenticatorEnrolment;
import org.citizenservices.host.portal.ui.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.citizenservices.host.portal.ui.FormFields.bounded;
import static org.citizenservices.host.portal.ui.FormFields.primary;

/**
 * A new practice user's (or supplier administrator's) one-time activation link, {@code /activate/TOKEN}: they choose
 * a password and add Citizen Services to their authenticator app — a QR code, or the key typed in — proving it with
 * the app's code; then they see their recovery codes, once.
 */
@Route(value = "activate", layout = MainLayout.class)
@PageTitle("Set up your staff account - Citizen Services")
public final class ActivationView extends VerticalLayout implements HasUrlParameter<String> {


    private final Portal portal;
    private final PasswordField password = new PasswordField("Choose a password");
    private final PasswordField confirm = new PasswordField("Type the password again");
    private final TextField code = new TextField("Code from your authenticator app");
    private final Messages messages = new Messages("activation-error");
    // made here, on the server, for this page alone; kept only if the person proves their app has it
    private final String secret = TotpCodes.newSecret();
    private String token;
    private StaffActivation.Pending pending;

    public ActivationView(Portal portal) {
        this.portal = portal;
        setId("activation-view");
        setMaxWidth("40rem");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        Optional<StaffActivation.Pending> found = portal.core().staffActivation().pending(parameter);
        removeAll();
        if (found.isEmpty()) {
            Paragraph why = new Paragraph("This link has been used already, or it is more than 72 hours old. Ask "
                    + "whoever set up your account (your practice administrator, or your supplier) for a new one.");
            why.setId("activation-not-valid");
            add(new H1("This activation link does not work"), why);
            return;
        }
        pending = found.get();
        form();
    }

    private void form() {
        bounded(password, "activation-password", PasswordPolicy.MAX_LENGTH,
                Autocomplete.NEW_PASSWORD).setHelperText(PasswordPolicy.STAFF_HINT);
        bounded(confirm, "activation-confirm", PasswordPolicy.MAX_LENGTH, Autocomplete.NEW_PASSWORD);
        bounded(code, "activation-code", 10).setHelperText("6 digits; a new one every 30 seconds");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        for (var field : List.of(password, confirm, code)) {
            field.setWidthFull();
        }
        Span username = new Span(pending.username());
        username.setId("activation-username");
        Paragraph who = new Paragraph(pending.displayName() + ", " + pending.practiceName() + ". Your username is ");
        who.add(username, new Span("."));
        add(new H1("Set up your staff account"), who,
                new Paragraph("Staff accounts reach patients' records, so they need a password and a second step "
                        + "at every sign-in: a code from an authenticator app on your phone."),
                messages, new H2("1. Choose a password"), password, confirm,
                new H2("2. Add Citizen Services to your authenticator app"), authenticatorSteps(), code,
                primary("Set up my account", "activation-submit", click -> activate()));
    }

    private Component authenticatorSteps() {
        return AuthenticatorEnrolment.steps("activation", pending.username(), secret);
    }

    private void activate() {
        List<Messages.Problem> problems = new ArrayList<>();
        if (password.isEmpty()) {
            problems.add(new Messages.Problem("Choose a password", password));
        } else {
            PasswordPolicy.staffProblems(password.getValue(), pending.username())
                    .forEach(problem -> problems.add(new Messages.Problem(problem, password)));
        }
        if (!password.getValue().equals(confirm.getValue())) {
            problems.add(new Messages.Problem("The two passwords are not the same", confirm));
        }
        Messages.requireText(problems, code, "Enter the 6-digit code your authenticator app shows");
        if (!problems.isEmpty()) {
            messages.problems(problems);
            return;
        }
        List<String> recovery = new ArrayList<>();
        boolean done = messages.run(text -> text.contains("code") ? code : password, () -> recovery.addAll(
                portal.core().staffActivation().activate(token, password.getValue(), secret, code.getValue())));
        password.clear();
        confirm.clear();
        code.clear();
        if (done) {
            ready(recovery);
        }
    }

    private void ready(List<String> recovery) {
        removeAll();
        Component codes = AuthenticatorEnrolment.recoveryCodes(recovery);
        // the supplier's administrators sign in to the supplier pages, everyone else to the practice's
        boolean supplier = org.citizenservices.core.api.practice.StaffActivation.SUPPLIER.equals(pending.practiceName());
        Anchor signIn = new Anchor(supplier ? SignInPaths.SUPPLIER : SignInPaths.PRACTICE, "Sign in");
        signIn.setId("activation-sign-in");
        H1 heading = new H1("Your account is ready");
        heading.setId("activation-done");
        add(heading, new H2("Your recovery codes"),
                new Paragraph("If you lose your phone, sign in with one of these instead of the app's code. Each "
                        + "works once. Print them or write them down now and keep them somewhere safe: they are not "
                        + "shown again."), codes, signIn);
    }
}
