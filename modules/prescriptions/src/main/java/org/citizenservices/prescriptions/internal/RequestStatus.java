package org.citizenservices.prescriptions.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a prescription request stands (E00328/E00330): {@code REQUESTED → FORWARDED_FOR_SIGNING → ISSUED}, or
 * {@code REJECTED} by the practice with a reason, or {@code CANCELLED} by the citizen while still requested.
 */
public enum RequestStatus {
    REQUESTED("Requested"),
    FORWARDED_FOR_SIGNING("With a prescriber for signing"),
    ISSUED("Issued"),
    REJECTED("Rejected"),
    CANCELLED("Cancelled");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for the practice: its courses cannot be requested again meanwhile. */
    public boolean outstanding() {
        return this == REQUESTED || this == FORWARDED_FOR_SIGNING;
    }

    /** The statuses this one may move to; the end states move nowhere, so an issued request is never edited. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(FORWARDED_FOR_SIGNING, REJECTED, CANCELLED);
            case FORWARDED_FOR_SIGNING -> EnumSet.of(ISSUED, REJECTED);
            case ISSUED, REJECTED, CANCELLED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canMoveTo(RequestStatus status) {
        return next().contains(status);
    }
}
