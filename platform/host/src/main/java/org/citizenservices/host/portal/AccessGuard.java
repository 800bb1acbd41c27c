package org.citizenservices.host.portal;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.QueryParameters;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.operator.SupplierSignIn;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.security.PortalUser;
import org.citizenservices.spi.Area;
import org.citizenservices.spi.Role;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, before any view is built, whether the current user may open it. The staff area ({@code /practice/…})
 * needs a signed-in practice user — a citizen's session never opens it; the citizen area needs a signed-in citizen,
 * and a capability's citizen view also needs its service available for the patient acted for. The services enforce
 * the same rules again; this keeps pages from even rendering.
 *
 * <p>It lives beside the {@link Portal} and {@link RouteBook} it reads, not in {@code portal.security}, whose sign-in
 * state it uses: so that package does not depend back on this one.
 */
public final class AccessGuard implements BeforeEnterListener {

    /** Open to everyone. */
    static final Set<String> PUBLIC = Set.of("", "sign-in", "register", "practice/sign-in", "supplier/sign-in",
            "nhs-login/callback");
    /** A new staff account's one-time activation link: {@code activate/TOKEN}. */
    static final String ACTIVATION = "activate/";

    private final Portal portal;

    public AccessGuard(Portal portal) {
        this.portal = portal;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        Core core = portal.core();
        Optional<SignedInCitizen> signIn = PortalSignIn.signIn();
        if (signIn.isPresent() && !core.citizens().isCurrent(signIn.get())) {
            // the practice reset the registration letter or suspended the account: this session is over
            PortalSignIn.forget();
            Notification.show("You have been signed out. Sign in again, or contact your GP practice.", 8000,
                    Notification.Position.TOP_CENTER).setId("signed-out-notice");
            event.forwardTo("sign-in");
            return;
        }
        Optional<SignedInCitizen> citizen = PortalSignIn.citizen();
        if (citizen.isPresent() && !core.citizens().isCurrent(citizen.get())) {
            // the account at another practice ended (a new letter there, a suspension): the sign-in's own goes on
            PortalSignIn.actThroughOwnAccount();
            Notification.show("You can no longer use your online account at that practice. Contact the practice.",
                    8000, Notification.Position.TOP_CENTER).setId("practice-ended-notice");
            event.forwardTo("");
            return;
        }
        Optional<StaffMember> staff = PortalSignIn.staff();
        if (staff.isPresent() && !core.staffSignIn().isCurrent(staff.get())) {
            // their administrator disabled them, reset their sign-in or changed their role
            PortalSignIn.forget();
            Notification.show("You have been signed out. Sign in again, or ask your practice administrator.", 8000,
                    Notification.Position.TOP_CENTER).setId("signed-out-notice");
            event.forwardTo("practice/sign-in");
            return;
        }
        Optional<SupplierSignIn.SupplierAdminMember> supplier = PortalSignIn.supplier();
        if (supplier.isPresent() && !core.supplierSignIn().isCurrent(supplier.get())) {
            PortalSignIn.forget();
            Notification.show("You have been signed out. Sign in again.", 8000, Notification.Position.TOP_CENTER)
                    .setId("signed-out-notice");
            event.forwardTo("supplier/sign-in");
            return;
        }
        if (PUBLIC.contains(path) || path.startsWith(ACTIVATION)) {
            return;
        }
        if (path.equals("supplier") || path.startsWith("supplier/")) {
            // one kind of page for one kind of user: the supplier's are theirs alone
            if (supplier.isEmpty()) {
                event.forwardTo("supplier/sign-in");
            }
            return;
        }
        if (path.equals("practice") || path.startsWith("practice/")) {
            guardPractice(event, path);
        } else {
            guardCitizen(event, path, core, citizen);
        }
    }

    private void guardPractice(BeforeEnterEvent event, String path) {
        Optional<PortalUser.Staff> staff = PortalSignIn.staff().map(PortalUser.Staff::new);
        if (staff.isEmpty()) {
            event.forwardTo("practice/sign-in", next(path));
            return;
        }
        Optional<RouteBook.MenuEntry> view = portal.routes().viewAt(path);
        if (view.isPresent() && !staff.get().has(view.get().requiredRole())) {
            notice("Your role does not give access to " + view.get().label() + ".");
            event.forwardTo("practice");
        }
    }

    private void guardCitizen(BeforeEnterEvent event, String path, Core core, Optional<SignedInCitizen> citizen) {
        if (citizen.isEmpty()) {
            event.forwardTo("sign-in", next(path));
            return;
        }
        Optional<RouteBook.MenuEntry> view = portal.routes().viewAt(path);
        if (view.isEmpty() || view.get().area() != Area.CITIZEN || view.get().requiredRole() != Role.CITIZEN) {
            return;
        }
        Optional<Long> patient = PortalSignIn.actingForPatientId();
        if (patient.isEmpty() || core.access().decide(citizen.get(), patient.get(), view.get().service()).isPresent()) {
            notice(view.get().label() + " is not available for the person you are acting for.");
            event.forwardTo("");
        }
    }

    private static QueryParameters next(String path) {
        return QueryParameters.simple(Map.of("next", "/" + path));
    }

    private static void notice(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        notification.setId("access-notice");
    }
}
