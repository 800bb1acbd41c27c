package org.citizenservices.host.portal.citizen;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.security.SignInThrottle;
import org.citizenservices.host.portal.ui.TwoStepForm;
import org.citizenservices.core.api.vua.CitizenSignIn;

import java.util.Optional;


/** Sign in to your online account, with the way back for a forgotten password (through the practice). */
@Route(value = "sign-in", layout = MainLayout.class)
@PageTitle("Sign in - Citizen Services")
public final class CitizenSignInView extends VerticalLayout implements BeforeEnterObserver {

    private String next;

    public CitizenSignInView(Portal portal) {
        TwoStepForm<CitizenSignIn.PasswordAccepted> form = new TwoStepForm<>("sign-in", "sign-in-button",
                "sign-in-error", new TwoStepForm.Steps<>() {
            @Override
            public Optional<CitizenSignIn.PasswordAccepted> password(String username, String password) {
                portal.signInThrottle().admit(SignInThrottle.Attempt.CITIZEN_SIGN_IN);
                CitizenSignIn.PasswordAccepted accepted = portal.core().citizens().checkPassword(username, password);
                accepted.signedIn().ifPresent(citizen -> PortalSignIn.signInCitizen(portal.core(), citizen, next));
                return accepted.signedIn().isPresent() ? Optional.empty() : Optional.of(accepted);
            }

            @Override
            public void code(CitizenSignIn.PasswordAccepted accepted, String code) {
                portal.signInThrottle().admit(SignInThrottle.Attempt.CITIZEN_SIGN_IN);
                PortalSignIn.signInCitizen(portal.core(), portal.core().citizens().secondFactor(accepted, code), next);
            }
        });
        setId("citizen-sign-in-view");
        setMaxWidth("36rem");
        form.username().setAutofocus(true);
        Anchor register = new Anchor("/register", "Set up your online account");
        register.setId("sign-in-register-link");
        Paragraph forgotten = new Paragraph("Forgotten your password? Contact your GP practice and ask for a new "
                + "registration letter. When it arrives, set up your online account again with it. For your safety "
                + "the practice cannot tell you your password.");
        forgotten.setId("forgotten-password");
        add(new H1("Sign in"), form.messages());
        if (portal.nhsLogin().isPresent()) {
            add(new Paragraph("Use your NHS login, the one of the NHS App:"), NhsLoginCallbackView.button(portal),
                    new H2("Or with your username and password"));
        }
        add(form.fields());
        add(new H2("New to online services?"),
                new Paragraph("You need the registration letter from your GP practice."), register,
                new H2("Forgotten your password"), forgotten);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = event.getLocation().getQueryParameters().getSingleParameter("next").orElse("/");
    }
}
