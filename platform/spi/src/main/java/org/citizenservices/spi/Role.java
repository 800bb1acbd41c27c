package org.citizenservices.spi;

/**
 * Who may open a contributed view. The host's sign-in decides which roles the current user holds; a capability's
 * own services must still check authorisation themselves, because the patient API and other callers do not pass
 * through views.
 */
public enum Role {
    /** A signed-in citizen acting for themself or as a proxy. */
    CITIZEN,
    /** Any member of practice staff. */
    STAFF,
    /** Reception staff. */
    RECEPTIONIST,
    /** A GP, nurse or other clinician. */
    CLINICIAN,
    /** The practice manager or administrator. */
    PRACTICE_ADMIN
}
