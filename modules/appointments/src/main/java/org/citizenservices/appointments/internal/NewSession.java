package org.citizenservices.appointments.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A session to add to the appointment book: a clinician's time on one day, cut into slots of {@code slotMinutes}.
 *
 * @param roomId         where it takes place; empty for telephone and video sessions
 * @param bookableOnline whether its slots are offered to patients online (staff can change single slots later)
 * @throws IllegalArgumentException with a message for staff when the times or the slot length do not fit
 */
public record NewSession(long clinicianId, Long roomId, LocalDate date, LocalTime starts, LocalTime ends,
                         int slotMinutes, String slotType, AppointmentMode mode, boolean bookableOnline) {

    public NewSession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        Objects.requireNonNull(mode, "mode");
        if (!ends.isAfter(starts)) {
            throw new IllegalArgumentException("The session must end after it starts.");
        }
        if (slotMinutes < 5 || slotMinutes > 120) {
            throw new IllegalArgumentException("A slot is between 5 and 120 minutes long.");
        }
        if (java.time.Duration.between(starts, ends).toMinutes() < slotMinutes) {
            throw new IllegalArgumentException("The session is shorter than one slot.");
        }
        if (slotType == null || slotType.isBlank() || slotType.length() > 50) {
            throw new IllegalArgumentException("Give the slot type (at most 50 characters), e.g. Routine GP appointment.");
        }
        slotType = slotType.trim();
        if (mode == AppointmentMode.IN_PERSON && roomId == null) {
            throw new IllegalArgumentException("Choose the room for an in-person session.");
        }
    }

    /** The start times of the slots the session is cut into; a remainder shorter than a slot is left unused. */
    public java.util.List<LocalTime> slotStarts() {
        // in minutes of the day, not LocalTime arithmetic, which wraps past midnight
        int first = starts.toSecondOfDay() / 60;
        int last = ends.toSecondOfDay() / 60;
        java.util.List<LocalTime> slots = new java.util.ArrayList<>();
        for (int minute = first; minute + slotMinutes <= last; minute += slotMinutes) {
            slots.add(LocalTime.ofSecondOfDay(minute * 60L));
        }
        return slots;
    }
}
