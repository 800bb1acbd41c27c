package org.citizenservices.appointments.internal;

import java.time.LocalDateTime;

/**
 * An appointment as the patient, a proxy or the practice sees it, with its slot.
 *
 * @param cancelBy         the last moment the patient may cancel it online (null when not booked)
 * @param bookedOnline     true when booked through the portal or an app: the practice sees it flagged
 */
public record BookedAppointment(long appointmentId, long patientId, FreeSlot slot, AppointmentStatus status,
                                String reason, LocalDateTime bookedAt, String bookedBy, BookedAs bookedAs,
                                boolean bookedOnline, LocalDateTime cancelBy, String cancellationReason) {
}
