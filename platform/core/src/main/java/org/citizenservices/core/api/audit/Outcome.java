package org.citizenservices.core.api.audit;

public enum Outcome {
    SUCCESS,
    /** Refused by a rule: not allowed, not available, locked. */
    DENIED,
    /** Wrong details: sign-in or linkage that did not match. */
    FAILED
}
