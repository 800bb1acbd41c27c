package org.citizenservices.host.portal.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.operator.SupplierSignIn;
import org.citizenservices.core.api.vua.CitizenPractices;
import org.citizenservices.core.api.vua.PatientChoice;

import java.util.List;
import java.util.Optional;

/**
 * The sign-in state of a browser session: a citizen (with the patient they act for) or a practice user — never
 * both. Signing in rotates the session id (no fixation) and reloads the page so push reconnects on the new
 * session; signing out invalidates the session.
 */
public final class PortalSignIn {

    private static final String CITIZEN = PortalSignIn.class.getName() + ".citizen";
    private static final String SIGN_IN = PortalSignIn.class.getName() + ".signIn";
    private static final String ACTING_FOR = PortalSignIn.class.getName() + ".actingFor";
    private static final String STAFF = PortalSignIn.class.getName() + ".staff";
    private static final String SUPPLIER = PortalSignIn.class.getName() + ".supplier";
    /** Idle time after which a session ends (NHS guidance for patient-facing services is around 15 minutes). */
    public static final int IDLE_TIMEOUT_SECONDS = 15 * 60;

    private PortalSignIn() {
    }

    /**
     * The citizen as the account through which they act now: their own, or their account at the practice of the
     * patient they switched to. What services see and check.
     */
    public static Optional<SignedInCitizen> citizen() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((SignedInCitizen) session.getAttribute(CITIZEN));
    }

    /**
     * The citizen as the account they signed in with, whose username and password these are: for their password,
     * contact details, apps and access log, and the practices joined to it.
     */
    public static Optional<SignedInCitizen> signIn() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((SignedInCitizen) session.getAttribute(SIGN_IN));
    }

    public static Optional<Long> actingForPatientId() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((Long) session.getAttribute(ACTING_FOR));
    }

    public static Optional<StaffMember> staff() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((StaffMember) session.getAttribute(STAFF));
    }

    public static Optional<SupplierSignIn.SupplierAdminMember> supplier() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty()
                : Optional.ofNullable((SupplierSignIn.SupplierAdminMember) session.getAttribute(SUPPLIER));
    }

    /** The user of the current page, with what the access rule allows now. */
    public static PortalUser current(Core core, java.util.Set<org.citizenservices.spi.CitizenService> candidates) {
        Optional<StaffMember> staff = staff();
        if (staff.isPresent()) {
            return new PortalUser.Staff(staff.get());
        }
        Optional<SupplierSignIn.SupplierAdminMember> supplier = supplier();
        if (supplier.isPresent()) {
            return new PortalUser.Supplier(supplier.get());
        }
        Optional<SignedInCitizen> signIn = signIn();
        if (signIn.isEmpty() || core == null) {
            return PortalUser.ANONYMOUS;
        }
        List<CitizenPractices.AccountChoice> choices = core.citizenPractices().everyone(signIn.get());
        Optional<CitizenPractices.AccountChoice> acting = actingForPatientId()
                .flatMap(id -> choices.stream().filter(c -> c.patient().patientId() == id).findFirst())
                .or(() -> choices.stream().findFirst());
        SignedInCitizen account = acting.map(CitizenPractices.AccountChoice::account).orElse(signIn.get());
        // an association at another practice that ended since: the session acts through its own account again, and
        // for the patient this page shows, so that services reading the session act for the same person
        VaadinSession.getCurrent().setAttribute(CITIZEN, account);
        VaadinSession.getCurrent().setAttribute(ACTING_FOR, acting.map(c -> c.patient().patientId()).orElse(null));
        PatientChoice actingFor = acting.map(CitizenPractices.AccountChoice::patient).orElse(null);
        java.util.Map<Long, String> elsewhere = new java.util.HashMap<>();
        choices.stream().filter(c -> c.account().practiceId() != signIn.get().practiceId())
                .forEach(c -> elsewhere.put(c.patient().patientId(), c.practiceName()));
        return new PortalUser.Citizen(account, actingFor, choices.stream().map(CitizenPractices.AccountChoice::patient)
                .toList(), actingFor == null ? java.util.Set.of()
                : core.access().availableServices(account, actingFor.patientId(), candidates),
                core.citizens().isActive(account), acting.map(CitizenPractices.AccountChoice::practiceName)
                .orElseGet(() -> core.practices().practice(account.practiceId()).name()), elsewhere);
    }

    /** Starts a citizen session: a new session id, acting for themself (or the first patient they act for). */
    public static void signInCitizen(Core core, SignedInCitizen citizen, String next) {
        endEarlier(core);
        VaadinSession session = rotate();
        List<PatientChoice> choices = core.citizens().actingFor(citizen);
        session.setAttribute(SIGN_IN, citizen);
        session.setAttribute(CITIZEN, citizen);
        session.setAttribute(ACTING_FOR, choices.isEmpty() ? null : choices.get(0).patientId());
        reload(SafeRedirect.forCitizen(next));
    }

    public static void signInStaff(Core core, StaffMember staff, String next) {
        endEarlier(core);
        VaadinSession session = rotate();
        session.setAttribute(STAFF, staff);
        reload(SafeRedirect.forStaff(next));
    }

    public static void signInSupplier(Core core, SupplierSignIn.SupplierAdminMember admin, String next) {
        endEarlier(core);
        VaadinSession session = rotate();
        session.setAttribute(SUPPLIER, admin);
        reload(next);
    }

    /** The same practice user after a change to their sign-in (a new password): this session stays theirs. */
    public static void refreshStaff(StaffMember staff) {
        VaadinSession.getCurrent().setAttribute(STAFF, staff);
    }

    /**
     * Switches the patient the citizen acts for, if they may act for them: at another practice, through the account
     * joined to the sign-in there.
     */
    public static boolean actFor(Core core, long patientId) {
        Optional<SignedInCitizen> signIn = signIn();
        Optional<CitizenPractices.AccountChoice> choice = signIn.flatMap(c -> core.citizenPractices().everyone(c)
                .stream().filter(a -> a.patient().patientId() == patientId).findFirst());
        if (choice.isEmpty()) {
            return false;
        }
        VaadinSession.getCurrent().setAttribute(CITIZEN, choice.get().account());
        VaadinSession.getCurrent().setAttribute(ACTING_FOR, patientId);
        SignedInCitizen account = choice.get().account();
        core.audit().entry(account.actor().as(choice.get().patient().isSelf() ? ActingAs.SELF : ActingAs.PROXY),
                        AuditAction.ACTING_FOR).patient(patientId).account(account.accountId())
                .now(Outcome.SUCCESS);
        return true;
    }

    /** Back to acting through the sign-in's own account (the one at another practice ended), for its first patient. */
    public static void actThroughOwnAccount() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(CITIZEN, session.getAttribute(SIGN_IN));
            session.setAttribute(ACTING_FOR, null);
        }
    }

    /** Ends the session (every kind) and starts afresh at {@code next}. */
    public static void signOut(Core core, String next) {
        endEarlier(core);
        VaadinSession session = VaadinSession.getCurrent();
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().setLocation(next == null ? "/" : next);
        }
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
    }

    /** Whoever this browser was signed in as is signed out, on the audit trail too: a new sign-in replaces them. */
    private static void endEarlier(Core core) {
        signIn().ifPresent(c -> core.citizens().signOut(c));
        staff().ifPresent(s -> core.staffSignIn().signOut(s));
        supplier().ifPresent(s -> core.supplierSignIn().signOut(s));
        forget();
    }

    /** Drops the sign-in without a page change (a session found revoked). */
    public static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(CITIZEN, null);
            session.setAttribute(SIGN_IN, null);
            session.setAttribute(ACTING_FOR, null);
            session.setAttribute(STAFF, null);
            session.setAttribute(SUPPLIER, null);
        }
    }

    private static VaadinSession rotate() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            // a new HTTP session id, keeping the Vaadin session: what someone who learnt the old id holds is useless
            VaadinService.reinitializeSession(request);
        }
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session.getSession();
        if (wrapped != null) {
            wrapped.setMaxInactiveInterval(IDLE_TIMEOUT_SECONDS);
        }
        return session;
    }

    private static void reload(String next) {
        // a full load: the page's push connection was made for the old session id
        UI.getCurrent().getPage().setLocation(SafeRedirect.anyArea(next));
    }
}
