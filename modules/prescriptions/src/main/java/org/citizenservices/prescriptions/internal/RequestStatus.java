package org.citizenservices.prescriptions.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a prescription request stands (E00328/E00330), from the patient's request to their medicine:
 * {@code REQUESTED → FORWARDED_FOR_SIGNING → ISSUED} (approved), then at the pharmacy {@code READY_TO_COLLECT →
 * COLLECTED} or {@code DISPATCHED}, or {@code NOT_DISPENSED}; or {@code REJECTED} by the practice with a reason, or
 * {@code CANCELLED} by the citizen while still requested. The end states move nowhere, so nothing finished is edited.
 */
public enum RequestStatus {
    REQUESTED("Requested", null),
    FORWARDED_FOR_SIGNING("With a prescriber for signing", null),
    ISSUED("Approved", "A repeat prescription request has been approved and sent to the pharmacy."),
    READY_TO_COLLECT("Ready to collect", "A prescription is ready to collect from the pharmacy."),
    DISPATCHED("Dispatched", "A prescription has been dispatched by the pharmacy."),
    COLLECTED("Collected", null),
    NOT_DISPENSED("Not dispensed", "A prescription was not dispensed: please contact the pharmacy."),
    REJECTED("Rejected", "A repeat prescription request was not approved: see the practice's reason online."),
    CANCELLED("Cancelled", null);

    private final String label;
    private final String notice;

    RequestStatus(String label, String notice) {
        this.label = label;
        this.notice = notice;
    }

    public String label() {
        return label;
    }

    /** What the patient and their proxies are told when a request reaches this status; null when nobody is. */
    public String notice() {
        return notice;
    }

    /** Still waiting for the practice: its courses cannot be requested again meanwhile. */
    public boolean outstanding() {
        return this == REQUESTED || this == FORWARDED_FOR_SIGNING;
    }

    /** Approved by a prescriber, whatever the pharmacy has done with it since. */
    public boolean approved() {
        return this == ISSUED || atPharmacy();
    }

    /** A status the pharmacy's progress sets, through the practice or the practice's clinical system. */
    public boolean atPharmacy() {
        return this == READY_TO_COLLECT || this == DISPATCHED || this == COLLECTED || this == NOT_DISPENSED;
    }

    /** The statuses this one may move to. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(FORWARDED_FOR_SIGNING, REJECTED, CANCELLED);
            case FORWARDED_FOR_SIGNING -> EnumSet.of(ISSUED, REJECTED);
            case ISSUED -> EnumSet.of(READY_TO_COLLECT, DISPATCHED, COLLECTED, NOT_DISPENSED);
            case READY_TO_COLLECT -> EnumSet.of(COLLECTED, NOT_DISPENSED);
            case DISPATCHED, COLLECTED, NOT_DISPENSED, REJECTED, CANCELLED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canMoveTo(RequestStatus status) {
        return next().contains(status);
    }
}
