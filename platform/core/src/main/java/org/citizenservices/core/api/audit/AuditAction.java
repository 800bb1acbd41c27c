package org.citizenservices.core.api.audit;

/**
 * The core's audit actions, each with the words a citizen reads in "Who has viewed or changed my information".
 * Capabilities write their own actions (e.g. {@code APPOINTMENT_BOOKED}) as plain strings.
 */
public enum AuditAction {
    STAFF_SIGN_IN("Practice staff signed in"),
    STAFF_SIGN_OUT("Practice staff signed out"),
    PATIENT_VIEWED("Looked at the patient's details"),
    PATIENT_REGISTERED("Registered the patient"),
    REGISTRATION_STATUS_CHANGED("Changed the registration status"),
    SERVICE_SWITCHED("Changed which online services are available"),
    PRACTICE_SERVICE_SWITCHED("Changed the practice's online services"),
    PRACTICE_SETTING_CHANGED("Changed a practice setting"),
    RECORD_ACCESS_CHANGED("Changed how much of the record can be seen online"),
    ACCOUNT_CREATED("Created the online account"),
    ACCOUNT_VIEWED("Looked at the online account"),
    ACCOUNT_DETAILS_CHANGED("Changed the online account's details"),
    ACCOUNT_PREFERENCES_CHANGED("Changed the online account's preferences"),
    ACCOUNT_STATUS_CHANGED("Changed whether the online account can be used"),
    IDENTITY_VERIFIED("Recorded an identity check"),
    EVIDENCE_VIEWED("Looked at identity evidence"),
    ASSOCIATION_ADDED("Gave online access to the patient's services"),
    ASSOCIATION_CHANGED("Changed the services someone can use for the patient"),
    ASSOCIATION_ENDED("Ended someone's online access for the patient"),
    ASSOCIATION_REVIEWED("Reviewed someone's online access for the patient"),
    LINKAGE_KEY_ISSUED("Issued a registration letter"),
    LINKAGE_KEY_RESET("Issued a new registration letter (the old one stopped working)"),
    LINKAGE_ATTEMPT("Connected an online account with the registration letter"),
    LINKAGE_REVOKED("Disconnected an online account"),
    CITIZEN_REGISTERED("Set up the online account from the registration letter"),
    CITIZEN_SIGN_IN("Signed in"),
    CITIZEN_SIGN_OUT("Signed out"),
    SIGN_IN_PAUSED("Sign-in was paused for a while after several wrong passwords"),
    SIGN_IN_THROTTLED("Sign-in was refused: too many attempts from one network"),
    PASSWORD_CHANGED("Changed the password"),
    ACTING_FOR("Started acting for the patient"),
    AUDIT_VIEWED("Looked at who has viewed or changed the information"),
    SERVICE_REFUSED("Was refused an online service"),
    CITIZEN_NOTIFICATION("Was sent a notice (never its content) by email or text message"),
    CONTACT_CONFIRMATION("Confirmed an email address or mobile number with a code"),

    /**
     * An event whose details could not be stored as given (a value longer than its column, or a row the database
     * refused): written in this form instead, so the attempt is still on record and no one else's event is lost.
     */
    AUDIT_REJECTED_INPUT("Tried something with details that could not be recorded as given");

    private final String citizenText;

    AuditAction(String citizenText) {
        this.citizenText = citizenText;
    }

    public String citizenText() {
        return citizenText;
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
