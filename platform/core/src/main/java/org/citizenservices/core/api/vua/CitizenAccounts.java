package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.audit.AuditEventDetails;

import java.util.List;

/**
 * The citizen's side of their online account: setting it up with the registration letter, connecting apps, signing
 * in and out, their password, whom they act for, and their own access log.
 */
public interface CitizenAccounts extends CitizenSignIn {

    /**
     * Sets up the portal sign-in from the registration letter. The username and password are checked first (a
     * weak password is not a failed linkage); then the letter's details, which count towards the lockout.
     */
    void register(LinkageDetails letter, String username, String password);

    /** Connects a registered app with the registration letter; the app gets an access identity. */
    AppLink linkApp(LinkageDetails letter, org.citizenservices.core.api.apps.CitizenApps.App app);

    /** Opens a session for a registered app that presents an access identity it was given at linkage. */
    SignedInCitizen openAppSession(String accessIdentity, org.citizenservices.core.api.apps.CitizenApps.App app);

    /** Ends the citizen's session. */
    void signOut(SignedInCitizen citizen);

    /** Whether the session is still current (not signed out, not revoked). */
    boolean isCurrent(SignedInCitizen citizen);

    /** Changes the citizen's password, given the current one. */
    void changePassword(SignedInCitizen citizen, String current, String replacement);

    /** The apps connected to the citizen's account. */
    List<? extends AccountLinkageDetails> connectedApps(SignedInCitizen citizen);

    /** Disconnects one of the citizen's apps. */
    void disconnectApp(SignedInCitizen citizen, long linkageId);

    /** The patients the citizen may act for now: themselves and those they are a proxy for. */
    List<PatientChoice> actingFor(SignedInCitizen citizen);

    /** The account's status, for the home page ("your online account is not active yet"). */
    AccountConditions conditions(SignedInCitizen citizen);

    /** Whether the citizen's account is ACTIVE. */
    boolean isActive(SignedInCitizen citizen);

    /**
     * "Who has viewed or changed my information": events about the citizen's own patient record and their online
     * account, newest first — what their proxies did only once the citizen is 16. Reading it is itself recorded.
     */
    List<? extends AuditEventDetails> ownAccessLog(SignedInCitizen citizen);
}
