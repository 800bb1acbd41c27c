package org.citizenservices.host.portal.supplier;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.operator.SupplierSignIn;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.security.SignInThrottle;
import org.citizenservices.host.portal.ui.TwoStepForm;

import java.util.Optional;

/**
 * The supplier's administrators sign in: the password, then their authenticator's code, as practice staff do.
 * Signing in here ends any other sign-in of this browser: one session is one kind of user.
 */
@Route(value = "supplier/sign-in", layout = MainLayout.class)
@PageTitle("Supplier sign in - Citizen Services")
public final class SupplierSignInView extends VerticalLayout {

    public SupplierSignInView(Portal portal) {
        TwoStepForm<SupplierSignIn.PasswordAccepted> form = new TwoStepForm<>("supplier", new TwoStepForm.Steps<>() {
            @Override
            public Optional<SupplierSignIn.PasswordAccepted> password(String username, String password) {
                portal.signInThrottle().admit(SignInThrottle.Attempt.STAFF_SIGN_IN);
                return Optional.of(portal.core().supplierSignIn().checkPassword(username, password));
            }

            @Override
            public void code(SupplierSignIn.PasswordAccepted accepted, String code) {
                portal.signInThrottle().admit(SignInThrottle.Attempt.STAFF_SIGN_IN);
                SupplierSignIn.SupplierAdminMember admin = portal.core().supplierSignIn().secondFactor(accepted, code);
                PortalSignIn.signIn().ifPresent(c -> portal.core().citizens().signOut(c));
                PortalSignIn.staff().ifPresent(s -> portal.core().staffSignIn().signOut(s));
                PortalSignIn.signInSupplier(portal.core(), admin, SupplierPracticesView.PATH);
            }
        });
        setId("supplier-sign-in-view");
        setMaxWidth("36rem");
        add(new H1("Supplier sign in"), new Paragraph("For the supplier's administrators, who add and suspend the "
                + "practices on this installation. Practice staff sign in on the practice sign-in page."),
                form.messages());
        add(form.fields());
    }
}
