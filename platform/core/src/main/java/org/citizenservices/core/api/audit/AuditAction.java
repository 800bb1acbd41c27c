package org.citizenservices.core.api.audit;

import org.citizenservices.core.api.domain.Labelled;

/**
 * The core's audit actions, each with the words a citizen reads in "Who has viewed or changed my information".
 * Capabilities write their own actions (e.g. {@code APPOINTMENT_BOOKED}) as plain strings.
 */
public enum AuditAction implements Labelled {
    STAFF_SIGN_IN,
    STAFF_SIGN_OUT,
    PATIENT_VIEWED,
    PATIENT_REGISTERED,
    REGISTRATION_STATUS_CHANGED,
    SERVICE_SWITCHED,
    PRACTICE_SERVICE_SWITCHED,
    PRACTICE_SETTING_CHANGED,
    RECORD_ACCESS_CHANGED,
    ACCOUNT_CREATED,
    ACCOUNT_VIEWED,
    ACCOUNT_DETAILS_CHANGED,
    ACCOUNT_PREFERENCES_CHANGED,
    ACCOUNT_STATUS_CHANGED,
    IDENTITY_VERIFIED,
    EVIDENCE_VIEWED,
    ASSOCIATION_ADDED,
    ASSOCIATION_CHANGED,
    ASSOCIATION_ENDED,
    ASSOCIATION_REVIEWED,
    PROXY_APPLIED,
    PROXY_APPLICATION_CONSENTED,
    PROXY_APPLICATION_APPROVED,
    PROXY_APPLICATION_DECLINED,
    LINKAGE_KEY_ISSUED,
    LINKAGE_KEY_RESET,
    LINKAGE_ATTEMPT,
    LINKAGE_REVOKED,
    CITIZEN_REGISTERED,
    CITIZEN_SIGN_IN,
    CITIZEN_SIGN_OUT,
    SIGN_IN_PAUSED,
    SIGN_IN_THROTTLED,
    PASSWORD_CHANGED,
    ACTING_FOR,
    AUDIT_VIEWED,
    SERVICE_REFUSED,
    CITIZEN_NOTIFICATION,
    CONTACT_CONFIRMATION,
    PRACTICE_ADDED,
    STAFF_ADDED,
    STAFF_ACTIVATED,
    STAFF_CHANGED,
    STAFF_SIGN_IN_RESET,
    SUPPLIER_ADMIN_ADDED,
    API_CLIENT_ADDED,
    API_CLIENT_REVOKED,
    API_CLIENT_TOKEN,
    PATIENT_IMPORTED,
    ACCOUNTS_JOINED,
    PRACTICE_SUSPENDED,
    SECOND_FACTOR_CHANGED,
    APP_REGISTERED,
    APP_CHANGED,
    APP_REVOKED,
    APP_CREDENTIALS_REFUSED,

    /**
     * An event whose details could not be stored as given (a value longer than its column, or a row the database
     * refused): written in this form instead, so the attempt is still on record and no one else's event is lost.
     */
    AUDIT_REJECTED_INPUT;

    /** The words a citizen reads for this action (its label). */
    public String citizenText() {
        return label();
    }

    /** The citizen's words for an action string, the core's or a capability's ("APPOINTMENT_BOOKED" → "Appointment booked"). */
    public static String describe(String action) {
        for (AuditAction known : values()) {
            if (known.name().equals(action)) {
                return known.citizenText();
            }
        }
        String words = action.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
