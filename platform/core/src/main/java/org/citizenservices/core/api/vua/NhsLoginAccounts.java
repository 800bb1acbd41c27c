package org.citizenservices.core.api.vua;

/**
 * NL01: a citizen proved to P9 by NHS login whose NHS number is registered at a practice here is given their own
 * account there at once — found by their own (SELF) association, or created with the practice's default services —
 * with the identity verification recorded as "NHS login P9" and no linkage key. The same for the portal's "Continue
 * with NHS login" and for an app calling the GP Connect API with the person's NHS login token.
 */
public interface NhsLoginAccounts {

    /** The app name of the linkage NHS login signs in through. */
    String LINKAGE_NAME = "NHS login";

    /** {@code through} for the citizen portal's own "Continue with NHS login". */
    String PORTAL = "Citizen portal";

    /**
     * The person's session, through {@code through}: {@link #PORTAL} or the calling app's name. Audited as a
     * sign-in.
     *
     * @throws NhsLoginRefused saying what they can do instead
     */
    SignedInCitizen signIn(NhsLoginUser user, String through);
}
