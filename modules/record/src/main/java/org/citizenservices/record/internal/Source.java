package org.citizenservices.record.internal;

import org.citizenservices.spi.Texts;

/** Where an element came from: the organisation and its clinical system, and the user who recorded it, with role. */
public record Source(String organisation, String system, String user, String role) {

    public Source {
        organisation = Texts.required(organisation, 120, "The source organisation");
        system = Texts.required(system, 60, "The source system");
        user = Texts.required(user, 120, "The source user");
        role = Texts.required(role, 60, "The source role");
    }

    /** Who recorded it, as every page and download says it: "Dr Asha Patel, GP — Riverside Medical Practice". */
    public String recordedBy() {
        return user + ", " + role + " — " + organisation;
    }
}
