package org.citizenservices.core.api.vua;

/** Whether a Verified User Account may be used. A new account is {@link #INACTIVE}. */
public enum VuaStatus {
    INACTIVE,
    ACTIVE;

    /**
     * The status the guidance's rule calls for: {@link #ACTIVE} only when the account linkage is completed, the
     * identity is verified and at least one patient association is live; otherwise {@link #INACTIVE}.
     */
    public static VuaStatus required(boolean linkageCompleted, boolean identityVerified, int liveAssociations) {
        return linkageCompleted && identityVerified && liveAssociations > 0 ? ACTIVE : INACTIVE;
    }
}
