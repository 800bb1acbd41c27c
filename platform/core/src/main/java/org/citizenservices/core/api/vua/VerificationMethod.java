package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.Labelled;

/** How the practice verified a citizen's identity (the guidance's types). */
public enum VerificationMethod implements Labelled {
    /** Vouching: a member of staff knows the person. */
    VOUCHING,
    /** Vouching with confirmation of information, e.g. knowledge of the medical record. */
    VOUCHING_INFORMATION,
    /** Identity documentation was seen. */
    IDENTITY_DOCUMENTATION,
    /** NHS login proved the person to P9 (high): recorded by the system, never chosen by staff. */
    NHS_LOGIN;

    /** The methods a practice user records at the desk. */
    public static java.util.List<VerificationMethod> atTheDesk() {
        return java.util.List.of(VOUCHING, VOUCHING_INFORMATION, IDENTITY_DOCUMENTATION);
    }
}
