package org.citizenservices.appointments.internal;

import org.citizenservices.appointments.BookableSlot;
import org.citizenservices.appointments.PatientAppointments;
import org.citizenservices.appointments.UpcomingAppointment;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The published {@link PatientAppointments} over the module's {@link AppointmentBook}: the book asks the host's
 * access rule and applies the practice's rules, as it does for the module's pages and the patient API; this class
 * only maps to the API's records, and the book's refusals to the API's {@link IllegalArgumentException}.
 */
public final class PatientAppointmentsService implements PatientAppointments {

    private final Supplier<AppointmentBook> book;

    /** {@code book} answers the running book, or null once the module has stopped. */
    public PatientAppointmentsService(Supplier<AppointmentBook> book) {
        this.book = book;
    }

    @Override
    public List<UpcomingAppointment> upcoming() {
        return running().onlineBooking().appointments(false).stream().map(PatientAppointmentsService::upcoming).toList();
    }

    @Override
    public List<BookableSlot> freeSlots(LocalDate from, LocalDate to) {
        return running().freeSlots().freeSlots(new SlotSearch(from, to)).stream().map(PatientAppointmentsService::bookable)
                .toList();
    }

    @Override
    public UpcomingAppointment book(long slotId, String reason) {
        try {
            return upcoming(running().onlineBooking().book(slotId, reason, null));
        } catch (BookingRefused refused) {
            // an internal type another bundle cannot name: the API promises its message, not its class
            throw new IllegalArgumentException(refused.getMessage(), refused);
        }
    }

    private AppointmentBook running() {
        AppointmentBook running = book.get();
        if (running == null) {
            throw new IllegalStateException("The appointments module has stopped.");
        }
        return running;
    }

    static BookableSlot bookable(FreeSlot slot) {
        return new BookableSlot(slot.slotId(), slot.start(), slot.end(), slot.clinicianName(), slot.clinicianRole(),
                slot.slotType(), slot.mode().name(), slot.location());
    }

    static UpcomingAppointment upcoming(BookedAppointment appointment) {
        return new UpcomingAppointment(appointment.appointmentId(), bookable(appointment.slot()),
                appointment.reason(), appointment.cancelBy());
    }
}
