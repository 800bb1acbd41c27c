package org.citizenservices.host.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.core.api.service.SignInFailedException;

import java.util.Optional;

/**
 * Signing in in two steps on one page: the username and password, then the six-digit code of an authenticator app or
 * a recovery code. What the core answered to the password is held here, on the server, for this page only. Practice
 * staff, the supplier's administrators and citizens who turned the second step on all sign in through it.
 *
 * @param <A> the core's word that the password was right, which the code step needs
 */
public final class TwoStepForm<A> {

    /** The two checks, both the core's; each throws {@link SignInFailedException} when refused. */
    public interface Steps<A> {

        /** The password step: empty when the password alone signs in (and it did), else what the code step needs. */
        Optional<A> password(String username, String password);

        /** The code step, signing in when right. A refusal that {@code codeMayBeRetried} keeps the code step. */
        void code(A accepted, String code);
    }

    private final Steps<A> steps;
    private final Messages messages;
    private final SignInForm form;
    private final TextField code;
    private final Button confirm;
    private final Paragraph codeHelp = new Paragraph("Open your authenticator app and type the 6-digit code it shows "
            + "for Citizen Services. Lost your phone? Type one of your recovery codes instead.");
    private A accepted;

    /** {@code prefix} names the ids: "staff" gives staff-username, staff-code, staff-sign-in-error and so on. */
    public TwoStepForm(String prefix, Steps<A> steps) {
        this(prefix, prefix + "-sign-in", prefix + "-sign-in-error", steps);
    }

    /** The ids from {@code prefix}, but the sign-in button's and the error summary's as given. */
    public TwoStepForm(String prefix, String buttonId, String errorId, Steps<A> steps) {
        this.steps = steps;
        this.messages = new Messages(errorId);
        this.form = SignInForm.of(prefix + "-username", prefix + "-password", buttonId, this::first);
        this.code = FormFields.bounded(new TextField("Code from your authenticator app"), prefix + "-code", 40);
        this.confirm = FormFields.primary("Continue", prefix + "-code-submit", click -> second());
        code.setWidthFull();
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        codeHelp.setId(prefix + "-code-help");
        // a shortcut fires only while its button is visible: Enter presses whichever step is showing
        confirm.addClickShortcut(Key.ENTER);
        showSecondStep(false);
    }

    public Messages messages() {
        return messages;
    }

    /** The fields and buttons of both steps, in page order; only the current step's are visible. */
    public Component[] fields() {
        return new Component[]{form.username(), form.password(), form.button(), codeHelp, code, confirm};
    }

    /** The username field, for the page to focus. */
    public com.vaadin.flow.component.textfield.TextField username() {
        return form.username();
    }

    private void first() {
        java.util.List<Messages.Problem> missing = new java.util.ArrayList<>();
        Messages.requireText(missing, form.username(), "Enter your username");
        Messages.requireText(missing, form.password(), "Enter your password");
        if (!missing.isEmpty()) {
            messages.problems(missing);
            return;
        }
        messages.run(form.username(), () -> {
            Optional<A> needsCode = steps.password(form.username().getValue(), form.password().getValue());
            if (needsCode.isPresent()) {
                accepted = needsCode.get();
                showSecondStep(true);
                code.focus();
            }
        });
        form.password().clear();
    }

    private void second() {
        if (accepted == null) {
            showSecondStep(false);
            return;
        }
        messages.run(code, () -> {
            try {
                steps.code(accepted, code.getValue());
            } catch (SignInFailedException refused) {
                if (!refused.codeMayBeRetried()) {
                    // too slow, or paused: back to the password
                    accepted = null;
                    showSecondStep(false);
                }
                throw refused;
            }
        });
        code.clear();
    }

    private void showSecondStep(boolean second) {
        form.username().setVisible(!second);
        form.password().setVisible(!second);
        form.button().setVisible(!second);
        codeHelp.setVisible(second);
        code.setVisible(second);
        confirm.setVisible(second);
    }
}
