package org.citizenservices.host.portal.citizen;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import org.citizenservices.core.api.vua.NhsLoginAccounts;
import org.citizenservices.core.api.vua.NhsLoginRefused;
import org.citizenservices.host.nhslogin.NhsLoginClient;
import org.citizenservices.host.nhslogin.NhsLoginProvider;
import org.citizenservices.host.nhslogin.NhsLoginToken;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.security.PortalSignIn;

import java.net.URI;

/**
 * Where NHS login sends the browser back: the code is redeemed, the person found (NL01) and signed in; otherwise a
 * page in plain words of what they can do instead — raise their NHS login to P9, ask their practice, or use a
 * registration letter — never an error.
 */
@Route(value = NhsLoginClient.CALLBACK_PATH, layout = MainLayout.class)
@PageTitle("NHS login - Citizen Services")
public final class NhsLoginCallbackView extends VerticalLayout implements BeforeEnterObserver {

    /** Where the session keeps the sign-in under way while the browser is at NHS login. */
    static final String PENDING = NhsLoginCallbackView.class.getName() + ".pending";

    private final Portal portal;

    public NhsLoginCallbackView(Portal portal) {
        this.portal = portal;
        setId("nhs-login-view");
        setMaxWidth("40rem");
    }

    /** "Continue with NHS login" on the sign-in page: to NHS login, with what the callback will need kept here. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NhsLoginCallbackView.class);

    static Button button(Portal portal) {
        Button button = new Button("Continue with NHS login", click -> portal.nhsLogin().ifPresent(client -> {
            try {
                NhsLoginClient.Start start = client.start();
                VaadinSession.getCurrent().setAttribute(PENDING, start.pending());
                UI.getCurrent().getPage().setLocation(start.authorizationUrl());
            } catch (NhsLoginProvider.NhsLoginUnavailable unavailable) {
                UI.getCurrent().navigate(NhsLoginCallbackView.class);
            }
        }));
        button.setId("nhs-login-button");
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        NhsLoginClient.Pending pending = (NhsLoginClient.Pending) session.getAttribute(PENDING);
        // used once: a second visit to the same answer signs no one in
        session.setAttribute(PENDING, null);
        if (pending == null && PortalSignIn.citizen().isPresent()) {
            // this answer signed them in a moment ago; the sign-in's own reload brought them back here
            event.forwardTo("");
            return;
        }
        if (portal.nhsLogin().isEmpty()) {
            explain("NHS login is not available here", "Sign in with your username and password instead.");
            return;
        }
        try {
            NhsLoginToken person = portal.nhsLogin().get().finish(pending, callback(event));
            var citizen = portal.core().nhsLogin().signIn(person.user(), NhsLoginAccounts.PORTAL);
            PortalSignIn.signInCitizen(portal.core(), citizen, "/");
        } catch (NhsLoginRefused refused) {
            explain(heading(refused.reason()), refused.getMessage() + " " + whatNext(refused.reason()));
        } catch (NhsLoginClient.Declined declined) {
            // why the answer was not accepted, for the operator; it names no person and holds no token
            LOG.info("NHS login answer declined: {}", declined.getMessage());
            explain("You are not signed in", declined.getMessage());
        } catch (NhsLoginProvider.NhsLoginUnavailable unavailable) {
            LOG.warn("NHS login unavailable at the callback: {}", unavailable.getMessage());
            explain("NHS login is not responding", "Try again in a few minutes, or sign in with your username and "
                    + "password.");
        }
    }

    private static URI callback(BeforeEnterEvent event) {
        String query = event.getLocation().getQueryParameters().getQueryString();
        return URI.create("/" + NhsLoginClient.CALLBACK_PATH + (query.isEmpty() ? "" : "?" + query));
    }

    private void explain(String heading, String text) {
        removeAll();
        Paragraph words = new Paragraph(text);
        words.setId("nhs-login-message");
        Anchor back = new Anchor("/sign-in", "Back to sign in");
        back.setId("nhs-login-back");
        add(new H1(heading), words, back);
    }

    private static String heading(NhsLoginRefused.Reason reason) {
        return switch (reason) {
            case NOT_PROVED_HIGH -> "Prove who you are to see your GP services";
            case NOT_REGISTERED_HERE -> "We could not find your GP practice";
            case DETAILS_DIFFER -> "Your practice needs to check your details";
            case SUSPENDED -> "Your online account is paused";
        };
    }

    private static String whatNext(NhsLoginRefused.Reason reason) {
        return switch (reason) {
            case NOT_PROVED_HIGH -> "In the NHS App or at NHS login, choose to prove who you are with photo ID; "
                    + "then come back. Or ask your GP practice for a registration letter.";
            case NOT_REGISTERED_HERE -> "Your practice may use another online service: the NHS App shows your "
                    + "practice's services. If you have just registered, try again in a few days.";
            case DETAILS_DIFFER, SUSPENDED -> "";
        };
    }
}
