package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * Takes a slot for an appointment and gives it back: the race that both the citizen's online booking and the
 * practice's desk run. No double booking: a booking changes its slot from FREE to BOOKED with a conditional update,
 * and the appointment's {@code LIVE_SLOT_ID} is unique in the database. The maximum of future appointments: a
 * patient's bookings take turns on their {@link PatientBookings} row before counting. Callers have asked
 * {@code ServiceAccess} and audit; this class decides nothing about who may book.
 */
final class SlotBookings {

    /*
     * The three updates of a booking's race, as plain SQL with bound parameters: EclipseLink writes a JPQL bulk
     * update with its values inlined, and Derby then compiles every booking's statement afresh (most of a booking's
     * CPU in a rush). The entities they touch are never cached, so no cache goes stale.
     */
    private static final String TAKE_TURN = "UPDATE PATIENT_BOOKINGS SET BOOKINGS = BOOKINGS + 1 WHERE PATIENT_ID = ?";
    private static final String TAKE_SLOT = "UPDATE SLOT SET STATUS = 'BOOKED' WHERE ID = ? AND STATUS = 'FREE'";
    private static final String FREE_SLOT = "UPDATE SLOT SET STATUS = 'FREE' WHERE ID = ?";

    private final BookTransactions transactions;
    private final Clock practiceClock;

    SlotBookings(BookTransactions transactions, Clock practiceClock) {
        this.transactions = transactions;
        this.practiceClock = practiceClock;
    }

    /** Books the order's slot, or refuses in words the patient or the desk can read. */
    BookedAppointment book(BookingOrder order, BookingRules rules) {
        return answered(() -> transactions.write(em -> book(em, order, rules, LocalDateTime.now(practiceClock))));
    }

    /**
     * Moves a booking to the order's slot in one transaction: the old appointment cancelled and its slot freed, the new
     * slot taken by the same rules as a booking — or, when the new slot cannot be had (taken, started, outside the
     * window), nothing changes at all.
     *
     * @param moving the appointment to move, found and checked (and locked) in the transaction
     * @param to     the booking of the new slot, made from the old appointment
     */
    BookedAppointment move(Function<EntityManager, Appointment> moving, Function<Appointment, BookingOrder> to,
                           BookingRules rules) {
        return answered(() -> transactions.write(em -> {
            Appointment old = moving.apply(em);
            BookingOrder order = to.apply(old);
            if (old.slotId() == order.slotId()) {
                throw new BookingRefused(BookingRefused.Reason.SLOT_TAKEN, "This is the appointment you have"
                        + " already. Choose another time.");
            }
            LocalDateTime now = LocalDateTime.now(practiceClock);
            // the old one first, so that the maximum of future appointments counts the move as one
            release(em, old, order.bookedBy(), "Moved to another appointment");
            return book(em, order, rules, now);
        }));
    }

    private static BookedAppointment answered(java.util.function.Supplier<BookedAppointment> booking) {
        try {
            return booking.get();
        } catch (BookingRefused refused) {
            throw refused;
        } catch (RuntimeException e) {
            if (BookTransactions.conflict(e)) {
                throw new BookingRefused(BookingRefused.Reason.BUSY,
                        "Many people are booking at this moment. Please try again.");
            }
            throw e;
        }
    }

    private BookedAppointment book(EntityManager em, BookingOrder order, BookingRules rules, LocalDateTime now) {
        Slot slot = em.find(Slot.class, order.slotId());
        if (slot == null || !slot.practiceOds().equals(order.practice()) || order.online() && !slot.bookableOnline()) {
            throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "There is no such appointment to book.");
        }
        if (order.online()) {
            checkWindow(slot, rules, now);
        }
        // The slot first: of several people racing for it, all but one stop here, having written nothing.
        int taken = em.createNativeQuery(TAKE_SLOT).setParameter(1, order.slotId()).executeUpdate();
        if (taken == 0) {
            throw new BookingRefused(BookingRefused.Reason.SLOT_TAKEN,
                    "Sorry, someone has just booked this appointment. Please choose another.");
        }
        takeTurn(em, order.practice(), order.patientId());
        if (order.online()) {
            checkCap(em, order, rules, now);
        }
        Appointment appointment = new Appointment(slot, order.patientId(), order.reason(), order.telephone(), now,
                order.bookedBy(), order.as(), order.online());
        em.persist(appointment);
        em.flush();
        if (order.online()) {
            em.persist(new StaffNotice(appointment, now, "Booked online by " + order.bookedBy() + ": "
                    + slot.startsAt().toLocalDate() + " " + slot.startsAt().toLocalTime()));
        }
        return AppointmentRow.of(em, appointment).view(rules);
    }

    private static void checkWindow(Slot slot, BookingRules rules, LocalDateTime now) {
        Optional<BookingRefused.Reason> refused = rules.refuseBooking(slot.startsAt(), now);
        if (refused.isPresent()) {
            throw refused.get() == BookingRefused.Reason.SLOT_STARTED
                    ? new BookingRefused(refused.get(), "This appointment has already started. Choose another.")
                    : new BookingRefused(refused.get(), "You can book up to " + rules.bookingWindowDays()
                            + " days ahead. Choose an earlier appointment.");
        }
    }

    /** Counts the patient's future appointments; their turn is taken, so a parallel booking waits for this one. */
    private static void checkCap(EntityManager em, BookingOrder order, BookingRules rules, LocalDateTime now) {
        long future = em.createQuery("select count(a) from Appointment a where a.patientId = :patient"
                        + " and a.practiceOds = :ods and a.status = :booked and a.startsAt > :now", Long.class)
                .setParameter("patient", order.patientId()).setParameter("ods", order.practice())
                .setParameter("booked", AppointmentStatus.BOOKED).setParameter("now", now)
                .getSingleResult();
        if (rules.capReached(future)) {
            throw new BookingRefused(BookingRefused.Reason.CAP_REACHED, "You already have " + future
                    + " upcoming appointments, the most the practice allows online. Cancel one to book"
                    + " another, or phone the practice.");
        }
    }

    /** Takes the patient's turn: their bookings row is locked until this transaction ends. */
    private static void takeTurn(EntityManager em, String practice, long patientId) {
        int updated = em.createNativeQuery(TAKE_TURN).setParameter(1, patientId).executeUpdate();
        if (updated == 0) {
            em.persist(new PatientBookings(patientId, practice));
            em.flush();
        }
    }

    /**
     * Cancels the appointment and frees its slot for the next booking, inside the caller's transaction: its place on
     * the earlier-slot waiting list ends, and the slot is offered first to a patient waiting for an earlier one.
     */
    void release(EntityManager em, Appointment appointment, String by, String why) {
        LocalDateTime now = LocalDateTime.now(practiceClock);
        appointment.cancel(now, by, why);
        em.flush();
        em.createNativeQuery(FREE_SLOT).setParameter(1, appointment.slotId()).executeUpdate();
        EarlierSlotOffers.appointmentEnded(em, appointment.id(), now);
        EarlierSlotOffers.slotFreed(em, appointment.slotId(), now);
    }
}
