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
    private static final String ACTING_FOR = PortalSignIn.class.getName() + ".actingFor";
    private static final String STAFF = PortalSignIn.class.getName() + ".staff";
    /** Idle time after which a session ends (NHS guidance for patient-facing services is around 15 minutes). */
    public static final int IDLE_TIMEOUT_SECONDS = 15 * 60;

    private PortalSignIn() {
    }

    public static Optional<SignedInCitizen> citizen() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((SignedInCitizen) session.getAttribute(CITIZEN));
    }

    public static Optional<Long> actingForPatientId() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((Long) session.getAttribute(ACTING_FOR));
    }

    public static Optional<StaffMember> staff() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((StaffMember) session.getAttribute(STAFF));
    }

    /** The user of the current page, with what the access rule allows now. */
    public static PortalUser current(Core core, java.util.Set<org.citizenservices.spi.CitizenService> candidates) {
        Optional<StaffMember> staff = staff();
        if (staff.isPresent()) {
            return new PortalUser.Staff(staff.get());
        }
        Optional<SignedInCitizen> citizen = citizen();
        if (citizen.isEmpty() || core == null) {
            return PortalUser.ANONYMOUS;
        }
        List<PatientChoice> choices = core.citizens().actingFor(citizen.get());
        PatientChoice actingFor = actingForPatientId()
                .flatMap(id -> choices.stream().filter(c -> c.patientId() == id).findFirst())
                .orElse(choices.isEmpty() ? null : choices.get(0));
        return new PortalUser.Citizen(citizen.get(), actingFor, choices,
                actingFor == null ? java.util.Set.of()
                        : core.access().availableServices(citizen.get(), actingFor.patientId(), candidates),
                core.citizens().isActive(citizen.get()),
                core.practices().practice(citizen.get().practiceId()).name());
    }

    /** Starts a citizen session: a new session id, acting for themself (or the first patient they act for). */
    public static void signInCitizen(Core core, SignedInCitizen citizen, String next) {
        VaadinSession session = rotate();
        List<PatientChoice> choices = core.citizens().actingFor(citizen);
        session.setAttribute(STAFF, null);
        session.setAttribute(CITIZEN, citizen);
        session.setAttribute(ACTING_FOR, choices.isEmpty() ? null : choices.get(0).patientId());
        reload(SafeRedirect.forCitizen(next));
    }

    public static void signInStaff(StaffMember staff, String next) {
        VaadinSession session = rotate();
        session.setAttribute(CITIZEN, null);
        session.setAttribute(ACTING_FOR, null);
        session.setAttribute(STAFF, staff);
        reload(SafeRedirect.forStaff(next));
    }

    /** The same practice user after a change to their sign-in (a new password): this session stays theirs. */
    public static void refreshStaff(StaffMember staff) {
        VaadinSession.getCurrent().setAttribute(STAFF, staff);
    }

    /** Switches the patient the citizen acts for, if they may act for them. */
    public static boolean actFor(Core core, long patientId) {
        Optional<SignedInCitizen> citizen = citizen();
        Optional<PatientChoice> choice = citizen.flatMap(c -> core.citizens().actingFor(c).stream()
                .filter(a -> a.patientId() == patientId).findFirst());
        if (choice.isEmpty()) {
            return false;
        }
        VaadinSession.getCurrent().setAttribute(ACTING_FOR, patientId);
        core.audit().entry(citizen.get().actor().as(choice.get().isSelf() ? ActingAs.SELF : ActingAs.PROXY),
                        AuditAction.ACTING_FOR).patient(patientId).account(citizen.get().accountId())
                .now(Outcome.SUCCESS);
        return true;
    }

    /** Ends the session (both kinds) and starts afresh at {@code next}. */
    public static void signOut(Core core, String next) {
        citizen().ifPresent(c -> core.citizens().signOut(c));
        staff().ifPresent(s -> core.staffSignIn().signOut(s));
        forget();
        VaadinSession session = VaadinSession.getCurrent();
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().setLocation(next == null ? "/" : next);
        }
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
    }

    /** Drops the sign-in without a page change (a session found revoked). */
    public static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(CITIZEN, null);
            session.setAttribute(ACTING_FOR, null);
            session.setAttribute(STAFF, null);
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
