package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.PracticeRow;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * What the practice offers in its appointment book: its clinicians and rooms, and sessions cut into slots. Reading
 * asks the host's {@link ServiceAccess} for a member of staff, every change for a practice administrator; each stays
 * inside that practice and each change is audited.
 */
public final class SessionPlanner {

    private final BookTransactions transactions;
    private final ServiceAccess access;
    private final Clock practiceClock;

    SessionPlanner(BookTransactions transactions, ServiceAccess access, Clock practiceClock) {
        this.transactions = transactions;
        this.access = access;
        this.practiceClock = practiceClock;
    }

    /** The practice's clinicians, active first, by name. */
    public List<Clinician> clinicians() {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        return transactions.read(em -> em.createQuery("select c from Clinician c where c.practiceOds = :ods"
                        + " order by c.active desc, c.name", Clinician.class)
                .setParameter("ods", staff.odsCode()).getResultList());
    }

    public List<Room> rooms() {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        return transactions.read(em -> em.createQuery("select r from Room r where r.practiceOds = :ods order by r.name",
                Room.class).setParameter("ods", staff.odsCode()).getResultList());
    }

    public Clinician addClinician(String name, String role) {
        CurrentStaff staff = access.requireStaff(Role.PRACTICE_ADMIN);
        Clinician clinician = new Clinician(staff.odsCode(), Texts.required(name, 100, "The name"),
                Texts.required(role, 50, "The role"));
        return addNamed(clinician, "Clinician", clinician.name(), "CLINICIAN_ADDED");
    }

    public Room addRoom(String name) {
        CurrentStaff staff = access.requireStaff(Role.PRACTICE_ADMIN);
        Room room = new Room(staff.odsCode(), Texts.required(name, 100, "The room's name"));
        return addNamed(room, "Room", room.name(), "ROOM_ADDED");
    }

    /** Stores a clinician or room unless the practice has one of that name already, and audits it. */
    private <T extends PracticeRow> T addNamed(T row, String entity, String name, String action) {
        String kind = entity.toLowerCase(Locale.ROOT);
        transactions.write(em -> {
            if (named(em, entity, row.practiceOds(), name)) {
                throw new IllegalArgumentException("The practice already has a " + kind + " called " + name + ".");
            }
            em.persist(row);
            return null;
        });
        access.audit(action, kind + " " + row.id());
        return row;
    }

    /** Adds a session and cuts it into slots; returns how many slots it made. */
    public int addSession(NewSession session) {
        CurrentStaff staff = access.requireStaff(Role.PRACTICE_ADMIN);
        if (session.date().isBefore(LocalDateTime.now(practiceClock).toLocalDate())) {
            throw new IllegalArgumentException("A new session is today or later.");
        }
        int slots = transactions.write(em -> addSession(em, staff.odsCode(), session, staff.displayName()));
        access.audit("BOOK_SESSION_ADDED", session.date() + " " + session.starts() + ", " + slots + " slots");
        return slots;
    }

    /** Adds a session inside the caller's transaction; the demo book's seeding shares it, having no member of staff. */
    int addSession(EntityManager em, String practiceOds, NewSession session, String createdBy) {
        Clinician clinician = em.find(Clinician.class, session.clinicianId());
        if (clinician == null || !clinician.practiceOds().equals(practiceOds)) {
            throw new IllegalArgumentException("Choose one of the practice's clinicians.");
        }
        long overlapping = em.createQuery("select count(b) from BookSession b where b.clinicianId = :clinician"
                        + " and b.date = :date and b.starts < :ends and b.ends > :starts", Long.class)
                .setParameter("clinician", clinician.id()).setParameter("date", session.date())
                .setParameter("starts", session.starts()).setParameter("ends", session.ends()).getSingleResult();
        if (overlapping > 0) {
            throw new IllegalArgumentException(clinician.name() + " already has a session at that time on "
                    + session.date() + ".");
        }
        String location = location(em, practiceOds, session);
        BookSession stored = new BookSession(practiceOds, session, createdBy, LocalDateTime.now(practiceClock));
        em.persist(stored);
        em.flush();
        for (LocalTime start : session.slotStarts()) {
            LocalDateTime at = session.date().atTime(start);
            em.persist(new Slot(stored, clinician.id(), at, at.plusMinutes(session.slotMinutes()), session.slotType(),
                    session.mode(), location, session.bookableOnline()));
        }
        return session.slotStarts().size();
    }

    /** Where the session's slots are held: by telephone or video, else its room (if it has one). */
    private static String location(EntityManager em, String practiceOds, NewSession session) {
        String location = session.mode() == AppointmentMode.TELEPHONE ? "By telephone"
                : session.mode() == AppointmentMode.VIDEO ? "By video" : null;
        if (session.roomId() != null) {
            Room room = em.find(Room.class, session.roomId());
            if (room == null || !room.practiceOds().equals(practiceOds)) {
                throw new IllegalArgumentException("Choose one of the practice's rooms.");
            }
            location = location == null ? room.name() : location;
        }
        return location;
    }

    /** Whether the practice already has a clinician or room of this name (names are unique per practice). */
    private static boolean named(EntityManager em, String entity, String practiceOds, String name) {
        return em.createQuery("select count(e) from " + entity + " e where e.practiceOds = :ods and e.name = :name",
                Long.class).setParameter("ods", practiceOds).setParameter("name", name).getSingleResult() > 0;
    }
}
