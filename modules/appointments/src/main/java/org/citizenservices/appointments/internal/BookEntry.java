package org.citizenservices.appointments.internal;

/** One slot of the practice's appointment book, with the appointment holding it (null when free). */
public record BookEntry(FreeSlot slot, boolean bookableOnline, BookedAppointment appointment) {
}
