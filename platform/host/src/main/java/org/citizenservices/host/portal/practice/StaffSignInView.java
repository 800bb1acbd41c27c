package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.practice.StaffSignIn;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.security.SignInThrottle;
import org.citizenservices.host.portal.ui.TwoStepForm;

import java.util.Optional;

/**
 * Practice staff sign in: the password, then the code of their authenticator app (or a recovery code). A browser
 * signed in to a citizen's online account lands here when it tries a practice page, and is told that signing in as
 * staff ends that session: one session is never both.
 */
@Route(value = "practice/sign-in", layout = MainLayout.class)
@PageTitle("Practice sign in - Citizen Services")
public final class StaffSignInView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private final TwoStepForm<StaffSignIn.PasswordAccepted> form;
    private final Div citizenNotice = new Div();
    private String next;

    public StaffSignInView(Portal portal) {
        this.portal = portal;
        this.form = new TwoStepForm<>("staff", new TwoStepForm.Steps<>() {
            @Override
            public Optional<StaffSignIn.PasswordAccepted> password(String username, String password) {
                portal.signInThrottle().admit(SignInThrottle.Attempt.STAFF_SIGN_IN);
                StaffSignIn.PasswordAccepted accepted = portal.core().staffSignIn().checkPassword(username, password);
                accepted.signedIn().ifPresent(StaffSignInView.this::complete);
                return accepted.signedIn().isPresent() ? Optional.empty() : Optional.of(accepted);
            }

            @Override
            public void code(StaffSignIn.PasswordAccepted accepted, String code) {
                portal.signInThrottle().admit(SignInThrottle.Attempt.STAFF_SIGN_IN);
                complete(portal.core().staffSignIn().secondFactor(accepted, code));
            }
        });
        setId("staff-sign-in-view");
        setMaxWidth("36rem");
        citizenNotice.setId("staff-sign-in-citizen-notice");
        citizenNotice.addClassNames("notice", "warning");
        citizenNotice.add(new Paragraph("This page is for practice staff. You are signed in to a patient's online "
                + "account; signing in here signs that account out."));
        add(new H1("Practice staff sign in"), citizenNotice, form.messages());
        add(form.fields());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = event.getLocation().getQueryParameters().getSingleParameter("next").orElse(PracticePaths.HOME);
        citizenNotice.setVisible(PortalSignIn.citizen().isPresent());
    }

    private void complete(org.citizenservices.core.api.service.StaffMember staff) {
        PortalSignIn.signIn().ifPresent(c -> portal.core().citizens().signOut(c));
        PortalSignIn.signInStaff(portal.core(), staff, next.startsWith("/practice") ? next : PracticePaths.HOME);
    }
}
