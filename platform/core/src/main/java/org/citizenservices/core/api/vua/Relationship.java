package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.Labelled;

/** How the citizen is related to the patient on an association. */
public enum Relationship implements Labelled {
    SELF,
    MOTHER,
    FATHER,
    GUARDIAN,
    SON,
    DAUGHTER,
    SPOUSE,
    PARTNER,
    SIBLING,
    RELATIVE,
    FRIEND,
    CARER,
    OTHER;
}
