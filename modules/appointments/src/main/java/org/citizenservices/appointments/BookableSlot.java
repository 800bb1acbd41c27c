package org.citizenservices.appointments;

import java.time.LocalDateTime;

/**
 * A free slot in the practice's appointment book that the patient may book online. Times are the practice's local
 * time (Europe/London).
 *
 * @param slotId   what {@link PatientAppointments#book} takes
 * @param slotType the practice's name for it, e.g. "Routine GP appointment"
 * @param mode     how it takes place: {@code IN_PERSON}, {@code TELEPHONE} or {@code VIDEO}
 * @param location the room, or "By telephone" / "By video"; may be null
 */
public record BookableSlot(long slotId, LocalDateTime start, LocalDateTime end, String clinicianName,
                           String clinicianRole, String slotType, String mode, String location) {
}
