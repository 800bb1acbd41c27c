package org.citizenservices.core.api.vua;

/** What an account linkage connects to the account. */
public enum LinkageKind {
    /** The citizen portal's own username and password (Scenario 1). */
    PORTAL,
    /** A third-party app's online account (Scenario 2). */
    APP,
    /** NHS login: the person signs in with NHS login, in the portal or through an app using GP Connect (NL01). */
    NHS_LOGIN
}
