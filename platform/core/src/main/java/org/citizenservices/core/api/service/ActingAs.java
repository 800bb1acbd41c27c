package org.citizenservices.core.api.service;

/** In what capacity the actor did it. */
public enum ActingAs {
    /** A citizen for themself. */
    SELF,
    /** A citizen for a patient they are a proxy for. */
    PROXY,
    /** A practice user. */
    STAFF,
    /** A third-party app linked to the citizen's account. */
    APP,
    /** A citizen about their own online account, not a patient (signing in, registering). */
    CITIZEN,
    /** The system itself, e.g. an account made inactive when a patient left. */
    SYSTEM
}
