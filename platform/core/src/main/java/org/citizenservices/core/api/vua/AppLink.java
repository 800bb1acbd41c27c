package org.citizenservices.core.api.vua;


/** A new app linkage: the citizen as the app acts for them, and the access identity the app keeps (shown once). */
public record AppLink(SignedInCitizen citizen, String accessIdentity) {

    @Override
    public String toString() {
        return "AppLink[" + citizen.accountId() + ", " + citizen.appName() + "]";
    }
}
