package org.citizenservices.appointments;

import java.time.LocalDateTime;

/**
 * A booked appointment of the patient that has not started yet.
 *
 * @param reason   what the patient gave when booking; may be null
 * @param cancelBy the last moment the patient may cancel it online (the practice's cut-off), practice local time
 */
public record UpcomingAppointment(long appointmentId, BookableSlot slot, String reason, LocalDateTime cancelBy) {
}
