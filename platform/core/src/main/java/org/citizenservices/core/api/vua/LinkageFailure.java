package org.citizenservices.core.api.vua;

/**
 * Why a linkage attempt failed, for the audit trail and support staff only: the citizen is always told just that
 * the details do not match (or, once locked, to contact the practice).
 */
public enum LinkageFailure {
    NO_SUCH_ACCOUNT,
    NO_KEY_ISSUED,
    WRONG_KEY,
    WRONG_SURNAME,
    WRONG_DATE_OF_BIRTH,
    WRONG_PRACTICE,
    LOCKED
}
