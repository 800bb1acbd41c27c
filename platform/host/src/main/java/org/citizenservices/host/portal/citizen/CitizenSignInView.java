package org.citizenservices.host.portal.citizen;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.security.SignInThrottle;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.host.portal.ui.SignInForm;

import java.util.ArrayList;
import java.util.List;

/** Sign in to your online account, with the way back for a forgotten password (through the practice). */
@Route(value = "sign-in", layout = MainLayout.class)
@PageTitle("Sign in - Citizen Services")
public final class CitizenSignInView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private final SignInForm form = SignInForm.of("sign-in-username", "sign-in-password", "sign-in-button",
            this::signIn);
    private final Messages messages = new Messages("sign-in-error");
    private String next;

    public CitizenSignInView(Portal portal) {
        this.portal = portal;
        setId("citizen-sign-in-view");
        setMaxWidth("36rem");
        form.username().setAutofocus(true);
        Anchor register = new Anchor("/register", "Set up your online account");
        register.setId("sign-in-register-link");
        Paragraph forgotten = new Paragraph("Forgotten your password? Contact your GP practice and ask for a new "
                + "registration letter. When it arrives, set up your online account again with it. For your safety "
                + "the practice cannot tell you your password.");
        forgotten.setId("forgotten-password");
        add(new H1("Sign in"), messages, form.username(), form.password(), form.button(),
                new H2("New to online services?"),
                new Paragraph("You need the registration letter from your GP practice."), register,
                new H2("Forgotten your password"), forgotten);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = event.getLocation().getQueryParameters().getSingleParameter("next").orElse("/");
    }

    private void signIn() {
        List<Messages.Problem> missing = new ArrayList<>();
        TextField username = form.username();
        PasswordField password = form.password();
        Messages.requireText(missing, username, "Enter your username");
        Messages.requireText(missing, password, "Enter your password");
        if (!missing.isEmpty()) {
            messages.problems(missing);
            return;
        }
        messages.run(username, () -> {
            portal.signInThrottle().admit(SignInThrottle.Attempt.CITIZEN_SIGN_IN);
            SignedInCitizen citizen = portal.core().citizens().signIn(username.getValue(), password.getValue());
            PortalSignIn.signInCitizen(portal.core(), citizen, next);
        });
        password.clear();
    }
}
