package org.citizenservices.host.portal.citizen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.core.api.security.PasswordGuard;
import org.citizenservices.core.api.security.TotpCodes;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.ui.AuthenticatorEnrolment;
import org.citizenservices.host.portal.ui.FormFields;
import org.citizenservices.host.portal.ui.Messages;

import java.util.List;

import static org.citizenservices.host.portal.ui.FormFields.bounded;
import static org.citizenservices.host.portal.ui.FormFields.primary;

/**
 * "Two-step sign-in" on the account page: off until the citizen turns it on by adding an authenticator app (proved
 * with a code and the password), then a code at every sign-in, with recovery codes for a lost phone; off again with
 * the password.
 */
final class SecondStepSection extends Div {

    private final Portal portal;
    private final SignedInCitizen signIn;
    private final Messages messages = new Messages("second-step-messages");
    private final Div body = new Div();

    SecondStepSection(Portal portal, SignedInCitizen signIn) {
        this.portal = portal;
        this.signIn = signIn;
        setId("second-step");
        add(new H2("Two-step sign-in"), messages, body);
        show();
    }

    private void show() {
        body.removeAll();
        if (portal.core().citizens().secondStepOn(signIn)) {
            PasswordField password = bounded(new PasswordField("Your password"), "second-step-password",
                    PasswordGuard.MAX_LENGTH, Autocomplete.CURRENT_PASSWORD);
            Paragraph on = new Paragraph("Two-step sign-in is on: after your password you type the code your "
                    + "authenticator app shows. To turn it off, enter your password.");
            on.setId("second-step-on");
            body.add(on, password, primary("Turn off two-step sign-in", "second-step-off", click -> {
                if (messages.run(password, () -> portal.core().citizens().turnOffSecondStep(signIn,
                        password.getValue()))) {
                    messages.done("Two-step sign-in is off. You sign in with your password alone.");
                    show();
                }
                password.clear();
            }));
        } else {
            Paragraph off = new Paragraph("Two-step sign-in is off. Turn it on and, after your password, you also "
                    + "type a code from an app on your phone: someone who learns your password still cannot sign "
                    + "in.");
            off.setId("second-step-off-text");
            body.add(off, primary("Turn on two-step sign-in", "second-step-start", click -> enrol()));
        }
    }

    private void enrol() {
        body.removeAll();
        String secret = TotpCodes.newSecret();
        TextField code = FormFields.bounded(new TextField("Code from your authenticator app"), "second-step-code", 10);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        // the password again: a session left open on a shared computer must not enrol someone else's phone
        PasswordField password = bounded(new PasswordField("Your password"), "second-step-password",
                PasswordGuard.MAX_LENGTH, Autocomplete.CURRENT_PASSWORD);
        body.add(new H3("Add Citizen Services to your authenticator app"),
                AuthenticatorEnrolment.steps("second-step", signIn.accountId(), secret), code, password,
                primary("Turn on", "second-step-confirm", click -> {
                    java.util.concurrent.atomic.AtomicReference<List<String>> recovery =
                            new java.util.concurrent.atomic.AtomicReference<>();
                    if (messages.run(text -> text.contains("password") ? password : code, () -> recovery.set(
                            portal.core().citizens().turnOnSecondStep(signIn, password.getValue(), secret,
                                    code.getValue())))) {
                        turnedOn(recovery.get());
                    }
                    password.clear();
                }));
        code.focus();
    }

    private void turnedOn(List<String> recovery) {
        body.removeAll();
        messages.done("Two-step sign-in is on.");
        body.add(new H3("Your recovery codes"), new Paragraph("If you lose your phone, sign in with one of these "
                        + "instead of the app's code. Each works once. Print them or write them down now and keep "
                        + "them somewhere safe: they are not shown again."),
                AuthenticatorEnrolment.recoveryCodes(recovery), new Button("Done", click -> show()));
    }
}
