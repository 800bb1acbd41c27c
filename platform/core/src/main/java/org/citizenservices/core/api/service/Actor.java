package org.citizenservices.core.api.service;

import java.util.Objects;

/**
 * Who is doing something, as the audit trail writes it: a label a person can read ("Reception Desk (reception)",
 * "Jane Demo (DEMO100001)"), the capacity, the practice they act in, and the channel ("staff portal",
 * "citizen portal", "app: Healthy Me").
 */
public record Actor(String label, ActingAs actingAs, Long practiceId, String source) {

    public static final String STAFF_PORTAL = "staff portal";
    public static final String CITIZEN_PORTAL = "citizen portal";
    public static final int MAX_SOURCE = 60;

    public Actor {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(actingAs, "actingAs");
        Objects.requireNonNull(source, "source");
        // the audit's SOURCE column holds 60: a long app name must not make the audit write fail
        source = source.length() > MAX_SOURCE ? source.substring(0, MAX_SOURCE - 1) + "…" : source;
    }

    /** The system acting on its own rule (an account made inactive when a patient left). */
    public static Actor system(Long practiceId) {
        return new Actor("Citizen Services", ActingAs.SYSTEM, practiceId, "system");
    }

    /** The same person in another capacity (a citizen who is acting for a patient as SELF or PROXY). */
    public Actor as(ActingAs capacity) {
        return new Actor(label, capacity, practiceId, source);
    }
}
