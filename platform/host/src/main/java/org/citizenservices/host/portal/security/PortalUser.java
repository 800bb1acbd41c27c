package org.citizenservices.host.portal.security;

import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.vua.PatientChoice;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who is using a portal page: nobody yet, a citizen acting for a patient, or a member of practice staff. */
public sealed interface PortalUser {

    record Anonymous() implements PortalUser {
    }

    /**
     * A signed-in citizen, the patient they act for, the other patients they may switch to, and the services
     * available for the patient now (the core's access rule, evaluated when the page was built), and the name of the
     * practice the online account is with, for the page's header. {@code elsewhere} names the practice of each
     * patient the citizen acts for through an account at another practice than the one they signed in with.
     */
    record Citizen(SignedInCitizen signedIn, PatientChoice actingFor, List<PatientChoice> choices,
                   Set<CitizenService> available, boolean accountActive, String practiceName,
                   java.util.Map<Long, String> elsewhere) implements PortalUser {
        public Citizen {
            choices = List.copyOf(choices);
            available = Set.copyOf(available);
            elsewhere = java.util.Map.copyOf(elsewhere);
        }

        public Citizen(SignedInCitizen signedIn, PatientChoice actingFor, List<PatientChoice> choices,
                       Set<CitizenService> available, boolean accountActive, String practiceName) {
            this(signedIn, actingFor, choices, available, accountActive, practiceName, java.util.Map.of());
        }

        /** "Yourself", "Sam Demo", or "Rose Carter (Riverside Surgery)" for a patient at another practice. */
        public String label(PatientChoice choice) {
            String practice = elsewhere.get(choice.patientId());
            return practice == null ? choice.choiceLabel() : choice.choiceLabel() + " (" + practice + ")";
        }
    }

    record Staff(StaffMember member) implements PortalUser {

        /** The SPI roles the member holds: their staff roles, and STAFF for everyone. */
        public Set<Role> roles() {
            Set<Role> roles = EnumSet.of(Role.STAFF);
            member.roles().forEach(r -> roles.add(Role.valueOf(r.name())));
            return roles;
        }

        public boolean has(Role role) {
            return roles().contains(role);
        }
    }

    /** One of the supplier's administrators, in the supplier pages. */
    record Supplier(org.citizenservices.core.api.operator.SupplierSignIn.SupplierAdminMember admin)
            implements PortalUser {
    }

    PortalUser ANONYMOUS = new Anonymous();

    default Optional<Citizen> asCitizen() {
        return this instanceof Citizen c ? Optional.of(c) : Optional.empty();
    }

    default Optional<Staff> asStaff() {
        return this instanceof Staff s ? Optional.of(s) : Optional.empty();
    }
}
