package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.Labelled;

/** A way a notice can reach a citizen, and so a contact detail they confirm: an email address or a mobile number. */
public enum ContactChannel implements Labelled {
    EMAIL,
    SMS;

    /** How the citizen calls it: "email address", "mobile number" (its label). */
    public String words() {
        return label();
    }
}
