package org.citizenservices.appointments.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which free slots to list: a date range (both days included) and, optionally, one clinician, slot type or mode.
 *
 * @throws IllegalArgumentException with a message for the user if the range is back to front or too long
 */
public record SlotSearch(LocalDate from, LocalDate to, Long clinicianId, String slotType, AppointmentMode mode) {

    /** Longest range one search may cover, so a search never reads the whole appointment book. */
    public static final int MAX_DAYS = 62;

    public SlotSearch {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end date must be on or after the start date.");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("Search at most " + MAX_DAYS + " days at a time.");
        }
        slotType = slotType == null || slotType.isBlank() ? null : slotType.trim();
    }

    public SlotSearch(LocalDate from, LocalDate to) {
        this(from, to, null, null, null);
    }

    /** Whether a free slot passes the filters (the dates are applied by the query). */
    public boolean matches(FreeSlot slot) {
        return (clinicianId == null || clinicianId == slot.clinicianId())
                && (slotType == null || slotType.equalsIgnoreCase(slot.slotType()))
                && (mode == null || mode == slot.mode());
    }
}
