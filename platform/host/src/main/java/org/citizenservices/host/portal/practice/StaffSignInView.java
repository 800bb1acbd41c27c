package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.practice.StaffSignIn;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.security.SignInThrottle;
import org.citizenservices.host.portal.ui.FormFields;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.host.portal.ui.SignInForm;

/**
 * Practice staff sign in: the password, then the code of their authenticator app (or a recovery code). A browser
 * signed in to a citizen's online account lands here when it tries a practice page, and is told that signing in as
 * staff ends that session: one session is never both.
 */
@Route(value = "practice/sign-in", layout = MainLayout.class)
@PageTitle("Practice sign in - Citizen Services")
public final class StaffSignInView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private final SignInForm form = SignInForm.of("staff-username", "staff-password", "staff-sign-in",
            this::signIn);
    private final Messages messages = new Messages("staff-sign-in-error");
    private final Div citizenNotice = new Div();
    private final TextField code = FormFields.bounded(new TextField("Code from your authenticator app"),
            "staff-code", 40);
    private final Button confirm = FormFields.primary("Continue", "staff-code-submit", click -> secondStep());
    private final Paragraph codeHelp = new Paragraph("Open your authenticator app and type the 6-digit code it shows "
            + "for Citizen Services. Lost your phone? Type one of your recovery codes instead.");
    // held on the server for this page only: the password was right, the code is still to come
    private StaffSignIn.PasswordAccepted passwordAccepted;
    private String next;

    public StaffSignInView(Portal portal) {
        this.portal = portal;
        setId("staff-sign-in-view");
        setMaxWidth("36rem");
        citizenNotice.setId("staff-sign-in-citizen-notice");
        citizenNotice.addClassNames("notice", "warning");
        citizenNotice.add(new Paragraph("This page is for practice staff. You are signed in to a patient's online "
                + "account; signing in here signs that account out."));
        code.setWidthFull();
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        codeHelp.setId("staff-code-help");
        // a shortcut fires only while its button is visible: Enter presses whichever step is showing
        confirm.addClickShortcut(Key.ENTER);
        add(new H1("Practice staff sign in"), citizenNotice, messages, form.username(), form.password(),
                form.button(), codeHelp, code, confirm);
        showSecondStep(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = event.getLocation().getQueryParameters().getSingleParameter("next").orElse(PracticePaths.HOME);
        citizenNotice.setVisible(PortalSignIn.citizen().isPresent());
    }

    private void signIn() {
        messages.run(() -> {
            portal.signInThrottle().admit(SignInThrottle.Attempt.STAFF_SIGN_IN);
            StaffSignIn.PasswordAccepted accepted = portal.core().staffSignIn().checkPassword(
                    form.username().getValue(), form.password().getValue());
            if (accepted.signedIn().isPresent()) {
                complete(accepted.signedIn().get());
            } else {
                passwordAccepted = accepted;
                showSecondStep(true);
                code.focus();
            }
        });
        form.password().clear();
    }

    private void secondStep() {
        if (passwordAccepted == null) {
            showSecondStep(false);
            return;
        }
        messages.run(code, () -> {
            portal.signInThrottle().admit(SignInThrottle.Attempt.STAFF_SIGN_IN);
            try {
                complete(portal.core().staffSignIn().secondFactor(passwordAccepted, code.getValue()));
            } catch (SignInFailedException refused) {
                if (!refused.getMessage().startsWith("That code")) {
                    // too slow, or paused: back to the password
                    passwordAccepted = null;
                    showSecondStep(false);
                }
                throw refused;
            }
        });
        code.clear();
    }

    private void complete(org.citizenservices.core.api.service.StaffMember staff) {
        PortalSignIn.citizen().ifPresent(c -> portal.core().citizens().signOut(c));
        PortalSignIn.signInStaff(staff, next.startsWith("/practice") ? next : PracticePaths.HOME);
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
