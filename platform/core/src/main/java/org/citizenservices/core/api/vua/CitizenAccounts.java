package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.service.SignedInCitizen;
import org.citizenservices.core.audit.AuditEvent;

import java.util.List;

/**
 * The citizen's side of their online account: setting it up with the registration letter, connecting apps, signing
 * in and out, their password, whom they act for, and their own access log.
 */
public interface CitizenAccounts {

    /** Sets up the portal account with the registration letter, choosing username and password. */
    void register(LinkageDetails letter, String username, String password);

    /** Connects an app with the registration letter; the app gets an access identity. */
    AppLink linkApp(LinkageDetails letter, String appName);

    /** Opens a session for a connected app that presents its access identity. */
    SignedInCitizen openAppSession(String accessIdentity);

    /** Signs a citizen in to the portal. */
    SignedInCitizen signIn(String username, String password);

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
    List<ActingFor> actingFor(SignedInCitizen citizen);

    /** What the account status rule sees for the citizen's account. */
    AccountConditions conditions(SignedInCitizen citizen);

    /** Whether the citizen's account is ACTIVE. */
    boolean isActive(SignedInCitizen citizen);

    /** Who looked at or changed the citizen's account and records, for the citizen. */
    List<AuditEvent> ownAccessLog(SignedInCitizen citizen);
}
