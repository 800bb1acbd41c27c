package org.citizenservices.consultations.internal.wiring;

import org.citizenservices.appointments.PatientAppointments;
import org.citizenservices.consultations.internal.OptionalModules;

import java.time.LocalDate;
import java.util.List;

/** An invitation to book through the appointments module's published API. */
final class AppointmentBooking implements OptionalModules.Booking {

    private final PatientAppointments appointments;

    private AppointmentBooking(PatientAppointments appointments) {
        this.appointments = appointments;
    }

    static AppointmentBooking of(Object service) {
        return new AppointmentBooking((PatientAppointments) service);
    }

    @Override
    public List<OptionalModules.OfferedSlot> freeSlots(LocalDate from, LocalDate to) {
        return appointments.freeSlots(from, to).stream()
                .map(slot -> new OptionalModules.OfferedSlot(slot.slotId(), slot.start(), slot.clinicianName()))
                .toList();
    }

    @Override
    public long book(long slotId, String reason) {
        return appointments.book(slotId, reason).appointmentId();
    }
}
