package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.Labelled;

/** The identity documents the guidance names. */
public enum IdentityDocument implements Labelled {
    PASSPORT,
    PHOTO_DRIVING_LICENCE,
    BIRTH_CERTIFICATE,
    MARRIAGE_CERTIFICATE,
    OTHER;
}
