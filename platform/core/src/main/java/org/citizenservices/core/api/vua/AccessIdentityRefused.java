package org.citizenservices.core.api.vua;

/** An app's access identity cannot open a session; {@link #reason()} tells the API which answer to give. */
public class AccessIdentityRefused extends RuntimeException {

    public enum Reason {
        /** Never issued (or mistyped): the API answers 401. */
        UNKNOWN,
        /** Revoked by a key reset, the practice or the citizen: 403. */
        REVOKED,
        /** The account is INACTIVE: 403. */
        ACCOUNT_INACTIVE
    }

    private final Reason reason;

    public AccessIdentityRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
