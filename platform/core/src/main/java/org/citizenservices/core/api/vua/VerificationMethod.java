package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.Labelled;

/** How the practice verified a citizen's identity (the guidance's types). */
public enum VerificationMethod implements Labelled {
    /** Vouching: a member of staff knows the person. */
    VOUCHING,
    /** Vouching with confirmation of information, e.g. knowledge of the medical record. */
    VOUCHING_INFORMATION,
    /** Identity documentation was seen. */
    IDENTITY_DOCUMENTATION;
}
