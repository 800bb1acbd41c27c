package org.citizenservices.appointments.internal;

/**
 * One slot of the practice's appointment book, with the appointment holding it (null when free), and whether it is held
 * for a patient on the earlier-slot waiting list.
 */
public record BookEntry(FreeSlot slot, boolean bookableOnline, BookedAppointment appointment, boolean held) {
}
