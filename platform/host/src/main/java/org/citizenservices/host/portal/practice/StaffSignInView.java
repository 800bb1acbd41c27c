package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.host.portal.ui.SignInForm;

/**
 * Practice staff sign in. A browser signed in to a citizen's online account lands here when it tries a practice
 * page, and is told that signing in as staff ends that session: one session is never both.
 */
@Route(value = "practice/sign-in", layout = MainLayout.class)
@PageTitle("Practice sign in - Citizen Services")
public final class StaffSignInView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private final SignInForm form = SignInForm.of("staff-username", "staff-password", "staff-sign-in",
            this::signIn);
    private final Messages messages = new Messages("staff-sign-in-error");
    private final Div citizenNotice = new Div();
    private String next;

    public StaffSignInView(Portal portal) {
        this.portal = portal;
        setId("staff-sign-in-view");
        setMaxWidth("36rem");
        citizenNotice.setId("staff-sign-in-citizen-notice");
        citizenNotice.addClassNames("notice", "warning");
        citizenNotice.add(new Paragraph("This page is for practice staff. You are signed in to a patient's online "
                + "account; signing in here signs that account out."));
        add(new H1("Practice staff sign in"), citizenNotice, messages, form.username(), form.password(),
                form.button());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = event.getLocation().getQueryParameters().getSingleParameter("next").orElse(PracticePaths.HOME);
        citizenNotice.setVisible(PortalSignIn.citizen().isPresent());
    }

    private void signIn() {
        messages.run(() -> {
            portal.signInThrottle().admit(SignInThrottle.Attempt.STAFF_SIGN_IN);
            PortalSignIn.citizen().ifPresent(c -> portal.core().citizens().signOut(c));
            PortalSignIn.signInStaff(portal.core().staffSignIn().signIn(form.username().getValue(),
                    form.password().getValue()), next.startsWith("/practice") ? next : PracticePaths.HOME);
        });
        form.password().clear();
    }
}
