package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.Revision;
import org.citizenservices.spi.ServiceAccess;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The practice's appointment book as the module starts it: its jobs wired to one set of write lanes, one revision
 * and one cache of free slots, so that a booking made at the desk is seen at once by a citizen's search. Each job
 * asks the host's {@link ServiceAccess} itself (APPOINTMENTS for the citizen, a member of staff for the practice),
 * so the portal and the patient API get the same answers.
 */
public final class AppointmentBook {

    private final Clock practiceClock;
    private final FreeSlotSearch freeSlots;
    private final OnlineBooking onlineBooking;
    private final PracticeDesk desk;
    private final SessionPlanner sessions;
    private final BookingNotices notices;
    private final BookImport imports;
    private final EarlierSlotWaits earlierSlots;

    /** A book on one node, its revision in memory (the module's own tests). */
    public AppointmentBook(EntityManagerFactory factory, ServiceAccess access, Clock practiceClock) {
        this(factory, access, practiceClock, Revision.inMemory());
    }

    /** A book whose revision the host keeps, so that the free slots cached on every node follow every change. */
    public AppointmentBook(EntityManagerFactory factory, ServiceAccess access, Clock practiceClock, Revision revision) {
        this.practiceClock = practiceClock;
        BookTransactions transactions = new BookTransactions(factory, revision);
        SlotBookings slots = new SlotBookings(transactions, practiceClock);
        this.freeSlots = new FreeSlotSearch(transactions, access, practiceClock, new FreeSlotCache(revision::current));
        this.onlineBooking = new OnlineBooking(transactions, slots, access, practiceClock);
        this.desk = new PracticeDesk(transactions, slots, access, practiceClock);
        this.sessions = new SessionPlanner(transactions, access, practiceClock);
        this.notices = new BookingNotices(transactions, access, practiceClock);
        this.imports = new BookImport(transactions, practiceClock);
        this.earlierSlots = new EarlierSlotWaits(transactions, access, practiceClock);
    }

    /** The earlier-slot waiting list: the citizen's places on it, and the sweep that passes offers on. */
    public EarlierSlotWaits earlierSlots() {
        return earlierSlots;
    }

    /** The book's part of a practice's import from its clinical system. */
    public BookImport imports() {
        return imports;
    }

    /** What a citizen may book, and the practice's rules. */
    public FreeSlotSearch freeSlots() {
        return freeSlots;
    }

    /** The citizen's booking, list and cancelling. */
    public OnlineBooking onlineBooking() {
        return onlineBooking;
    }

    /** The practice's view of the book and its actions on appointments and slots. */
    public PracticeDesk desk() {
        return desk;
    }

    /** The practice's clinicians, rooms and sessions. */
    public SessionPlanner sessions() {
        return sessions;
    }

    /** The practice's notices of online bookings. */
    public BookingNotices notices() {
        return notices;
    }

    // ---- for the demo book, which seeds inside its own transaction -------------------------------------------------

    int addSession(EntityManager em, String practiceOds, NewSession session, String createdBy) {
        return sessions.addSession(em, practiceOds, session, createdBy);
    }

    LocalDateTime now() {
        return LocalDateTime.now(practiceClock);
    }
}
