package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.service.StaffMember;

/**
 * Verified contact: one-time codes that confirm an account's email address or mobile number before any notice goes
 * there, asked for by the citizen themselves or by staff while the citizen is with the practice.
 */
public interface ContactConfirmations {

    /** A code to send now to {@code address} by {@code channel}; never stored, never logged ({@code toString} hides it). */
    record CodeToSend(String accountId, String displayName, ContactChannel channel, String address,
                             String code) {
        @Override
        public String toString() {
            return "CodeToSend[" + accountId + ", " + channel + "]";
        }
    }

    /** The account's contact details and which of them are confirmed. */
    record ContactState(String email, boolean emailConfirmed, String telephone, boolean telephoneIsMobile,
                               boolean mobileConfirmed, ContactPreference preference) {
    }

    /** The citizen's own contact details and which are confirmed. */
    ContactState state(SignedInCitizen citizen);

    /** An account's contact details and which are confirmed, for staff. */
    ContactState state(StaffMember staff, long vuaId);

    /** A code for the citizen's own email address or mobile number, to send at once. */
    CodeToSend sendCode(SignedInCitizen citizen, ContactChannel channel);

    /** A code sent while the citizen is with the practice, who reads it back to the practice user. */
    CodeToSend sendCode(StaffMember staff, long vuaId, ContactChannel channel);

    /** Confirms the citizen's own address with the code they received. */
    void confirm(SignedInCitizen citizen, ContactChannel channel, String code);

    /** Confirms an account's address with the code the citizen read back to staff. */
    void confirm(StaffMember staff, long vuaId, ContactChannel channel, String code);
}
