package org.citizenservices.core.api.operator;

import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;

import java.time.LocalDateTime;

/**
 * Signs the supplier's administrators in to the supplier pages: the password, then the authenticator's code or a
 * recovery code, exactly as practice staff (the same pauses after wrong answers, the same window for the code). They
 * belong to no practice, so nothing a practice user may do is open to them, nor the other way round.
 */
public interface SupplierSignIn {

    /** How long after the password the second factor may be given. */
    java.time.Duration SECOND_STEP_WINDOW = org.citizenservices.core.api.practice.StaffSignIn.SECOND_STEP_WINDOW;

    /** The password was right; the code is still to come. */
    record PasswordAccepted(long supplierAdminId, LocalDateTime at) {
    }

    /** A signed-in supplier administrator, as their session holds them. */
    record SupplierAdminMember(long supplierAdminId, String username, String displayName, int sessionGeneration) {

        public String label() {
            return displayName + " (" + username + ", supplier)";
        }

        public Actor actor() {
            return new Actor(label(), ActingAs.STAFF, null, "supplier portal");
        }
    }

    /** @throws org.citizenservices.core.api.service.SignInFailedException when wrong or paused (never says which) */
    PasswordAccepted checkPassword(String username, String password);

    /** @throws org.citizenservices.core.api.service.SignInFailedException when wrong, late or paused */
    SupplierAdminMember secondFactor(PasswordAccepted password, String code);

    /** False once the administrator is disabled or signed out everywhere: the portal ends the session. */
    boolean isCurrent(SupplierAdminMember admin);

    void signOut(SupplierAdminMember admin);
}
