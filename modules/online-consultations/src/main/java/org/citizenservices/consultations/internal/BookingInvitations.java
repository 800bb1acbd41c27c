package org.citizenservices.consultations.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A patient invited to book books from the request itself, through the appointments module's published API when it
 * is installed and APPOINTMENTS is available to them; otherwise the outcome message tells them to contact the
 * practice.
 */
public final class BookingInvitations {

    static final int DAYS_OFFERED = 14;

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;
    private final OptionalModules modules;

    public BookingInvitations(EntityManagerFactory factory, ServiceAccess access, Clock clock,
                              OptionalModules modules) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
        this.modules = modules;
    }

    /** Free slots for an open invitation of the patient's, or empty when there is nothing to book through. */
    public Optional<List<OptionalModules.OfferedSlot>> slots(long consultationId) {
        openInvitation(consultationId);
        if (!access.isAvailable(CitizenService.APPOINTMENTS)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return modules.booking().map(booking -> booking.freeSlots(today, today.plusDays(DAYS_OFFERED)));
    }

    /** Books one of those slots for the patient; the request records it. */
    public long book(long consultationId, long slotId) {
        openInvitation(consultationId);
        OptionalModules.Booking booking = modules.booking().orElseThrow(() -> new IllegalArgumentException(
                "Online booking is not available. Please contact the practice to book."));
        long appointmentId = booking.book(slotId, "Online consultation " + consultationId);
        UnitsOfWork.write(factory, em -> {
            em.find(Consultation.class, consultationId).booked(appointmentId);
            return null;
        });
        access.audit("ONLINE_CONSULTATION_BOOKED", "request " + consultationId + ", appointment " + appointmentId);
        return appointmentId;
    }

    private void openInvitation(long consultationId) {
        CurrentCitizen citizen = access.require(OnlineConsultations.SERVICE);
        Consultation consultation = UnitsOfWork.read(factory, em -> em.find(Consultation.class, consultationId));
        if (consultation == null || !consultation.sentFor(citizen)) {
            throw new IllegalArgumentException("There is no such request of this patient.");
        }
        if (consultation.outcome() != OutcomeKind.INVITE_TO_BOOK || consultation.bookedAppointmentId() != null) {
            throw new IllegalArgumentException("This request has no invitation to book open.");
        }
    }
}
