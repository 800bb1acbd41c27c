package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;

/**
 * A citizen signed in through a linked online account: the portal's own sign-in or an app. Valid only while that
 * linkage is live — resetting the linkage key revokes it, and with it every session built on it.
 */
public record SignedInCitizen(long vuaId, String accountId, long practiceId, long linkageId, String displayName,
                              LinkageKind channel, String appName) {

    public String label() {
        return displayName + " (" + accountId + ")";
    }

    public Actor actor() {
        boolean app = channel == LinkageKind.APP
                || channel == LinkageKind.NHS_LOGIN && !NhsLoginAccounts.PORTAL.equals(appName);
        String source = switch (channel) {
            case APP -> "app: " + appName;
            case NHS_LOGIN -> app ? "NHS login app: " + appName : Actor.CITIZEN_PORTAL + " (NHS login)";
            case PORTAL -> Actor.CITIZEN_PORTAL;
        };
        return new Actor(label(), app ? ActingAs.APP : ActingAs.CITIZEN, practiceId, source);
    }
}
