package org.citizenservices.appointments.internal;

/**
 * One booking as asked for: by the citizen online (the practice's window and maximum apply, only slots offered
 * online) or by the practice at the desk (any of its slots).
 */
record BookingOrder(String practice, long patientId, long slotId, String reason, String telephone, String bookedBy,
                    BookedAs as, boolean online) {
}
