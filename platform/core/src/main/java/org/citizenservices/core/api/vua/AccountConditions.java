package org.citizenservices.core.api.vua;


import java.util.ArrayList;
import java.util.List;

/**
 * What the account status rule sees for an account now: ACTIVE needs a completed linkage, a verified identity and a
 * live patient association, and no suspension.
 */
public record AccountConditions(boolean linkageCompleted, boolean identityVerified, int liveAssociations,
                                boolean suspended) {

    public VuaStatus required() {
        return suspended ? VuaStatus.INACTIVE
                : VuaStatus.required(linkageCompleted, identityVerified, liveAssociations);
    }

    /** What is missing for ACTIVE, in words for staff. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!linkageCompleted) {
            missing.add("the citizen has not set up their online account with the registration letter (or connected an app)");
        }
        if (!identityVerified) {
            missing.add("identity has not been verified");
        }
        if (liveAssociations == 0) {
            missing.add("the account has no current patient association");
        }
        return missing;
    }
}
