package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.Labelled;

/** How the patient consented to a proxy; a child without capacity gives none, and the legal basis is recorded. */
public enum ConsentMethod implements Labelled {
    WRITTEN,
    VERBAL,
    NOT_REQUIRED;
}
