package org.citizenservices.appointments.internal;

import java.time.LocalDateTime;

/** A free slot a citizen may book online, as views show it. Times are the practice's local time. */
public record FreeSlot(long slotId, LocalDateTime start, LocalDateTime end, long clinicianId, String clinicianName,
                       String clinicianRole, String slotType, AppointmentMode mode, String location) {

    /** A slot of the book as views show it, with its clinician. */
    static FreeSlot of(Slot slot, Clinician clinician) {
        return new FreeSlot(slot.id(), slot.startsAt(), slot.endsAt(), clinician.id(), clinician.name(),
                clinician.role(), slot.slotType(), slot.mode(), slot.location());
    }
}
