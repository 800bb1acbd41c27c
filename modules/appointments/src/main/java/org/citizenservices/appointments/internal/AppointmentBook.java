package org.citizenservices.appointments.internal;

import org.citizenservices.spi.Texts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.PracticePatient;
import org.citizenservices.spi.Revision;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The practice's appointment book: what citizens search, book and cancel (for themself or the patient they act for),
 * and what the practice runs. Every operation first asks the host's {@link ServiceAccess} — APPOINTMENTS available
 * for this citizen and patient now, or a member of staff — so the portal and the patient API get the same answers;
 * and every operation stays inside the practice of that citizen's patient or that member of staff.
 *
 * <p>No double booking: a booking changes its slot from FREE to BOOKED with a conditional update, and the
 * appointment's {@code LIVE_SLOT_ID} is unique in the database. The maximum of future appointments: a patient's
 * bookings take turns on their {@link PatientBookings} row before counting.
 */
public final class AppointmentBook {

    /*
     * The three updates of a booking's race, as plain SQL with bound parameters: EclipseLink writes a JPQL bulk
     * update with its values inlined, and Derby then compiles every booking's statement afresh (most of a booking's
     * CPU in a rush). The entities they touch are never cached, so no cache goes stale.
     */
    private static final String TAKE_TURN = "UPDATE PATIENT_BOOKINGS SET BOOKINGS = BOOKINGS + 1 WHERE PATIENT_ID = ?";
    private static final String TAKE_SLOT = "UPDATE SLOT SET STATUS = 'BOOKED' WHERE ID = ? AND STATUS = 'FREE'";
    private static final String FREE_SLOT = "UPDATE SLOT SET STATUS = 'FREE' WHERE ID = ?";

    private final BookTransactions transactions;
    private final ServiceAccess access;
    private final Clock practiceClock;
    private final Revision revision;
    private final FreeSlotCache freeSlots;

    /** A book on one node, its revision in memory (the module's own tests). */
    public AppointmentBook(jakarta.persistence.EntityManagerFactory factory, ServiceAccess access, Clock practiceClock) {
        this(factory, access, practiceClock, Revision.inMemory());
    }

    /** A book whose revision the host keeps, so that the free slots cached on every node follow every change. */
    public AppointmentBook(jakarta.persistence.EntityManagerFactory factory, ServiceAccess access, Clock practiceClock,
                           Revision revision) {
        this.revision = revision;
        this.transactions = new BookTransactions(factory, revision);
        this.access = access;
        this.practiceClock = practiceClock;
        this.freeSlots = new FreeSlotCache(revision::current);
    }

    // ---- citizens -----------------------------------------------------------------------------------------------

    /** The rules of the practice of the patient the citizen acts for (or of the signed-in member of staff). */
    public BookingRules rules() {
        return BookingRules.from(access::practiceSetting);
    }

    /** Free, online-bookable slots in the search's dates and within the booking window, earliest first. */
    public List<FreeSlot> freeSlots(SlotSearch search) {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        LocalDateTime now = now();
        LocalDate last = rules().lastBookableDay(now.toLocalDate());
        if (search.from().isAfter(last) || search.to().isBefore(now.toLocalDate())) {
            return List.of();
        }
        LocalDate from = search.from().isBefore(now.toLocalDate()) ? now.toLocalDate() : search.from();
        LocalDate to = search.to().isAfter(last) ? last : search.to();
        String practice = citizen.odsCode();
        return freeSlots.between(practice, from, to, now, (first, lastDay) -> loadFree(practice, first, lastDay))
                .stream().filter(search::matches).toList();
    }

    /** What a citizen can filter slots by, and the practice's rules. */
    public BookMeta meta() {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        return meta(citizen.odsCode());
    }

    /** Books a free slot for the patient the citizen acts for; the reason is optional (AMC02). */
    public BookedAppointment book(long slotId, String reason, String telephone) {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        String cleanReason = Texts.optional(reason, 500, "The reason");
        String phone = CallBackNumbers.check(telephone);
        BookingRules rules = rules();
        BookedAs as = citizen.actingFor().self() ? BookedAs.SELF : BookedAs.PROXY;
        BookedAppointment booked = bookSlot(citizen.odsCode(), citizen.actingFor().patientId(), slotId, cleanReason,
                phone, label(citizen), as, true, rules);
        access.audit("APPOINTMENT_BOOKED", "appointment " + booked.appointmentId() + ", slot " + slotId);
        return booked;
    }

    /** The patient's appointments: upcoming ones, or all of them with the past and the cancelled. */
    public List<BookedAppointment> appointments(boolean includePast) {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        LocalDateTime now = now();
        BookingRules rules = rules();
        return transactions.read(em -> rows(em, citizen.odsCode(), citizen.actingFor().patientId(), null, null))
                .stream()
                .map(row -> row.view(rules))
                .filter(a -> includePast || a.status() == AppointmentStatus.BOOKED && a.slot().start().isAfter(now))
                .toList();
    }

    /** Cancels one of the patient's booked appointments before the practice's cut-off. */
    public void cancel(long appointmentId, String reason) {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        String why = Texts.optional(reason, 300, "The reason");
        BookingRules rules = rules();
        long patientId = citizen.actingFor().patientId();
        transactions.write(em -> {
            Appointment appointment = em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
            if (appointment == null || appointment.patientId() != patientId
                    || !appointment.practiceOds().equals(citizen.odsCode())) {
                throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "There is no such appointment.");
            }
            Slot slot = em.find(Slot.class, appointment.slotId());
            if (appointment.status() != AppointmentStatus.BOOKED) {
                throw new BookingRefused(BookingRefused.Reason.NOT_BOOKED,
                        "This appointment is " + appointment.status().label().toLowerCase() + " already.");
            }
            if (!rules.mayCancel(slot.startsAt(), now())) {
                throw new BookingRefused(BookingRefused.Reason.PAST_CUT_OFF, "It is too late to cancel this "
                        + "appointment online: the practice needs " + rules.cancellationCutOffHours()
                        + " hours' notice. Please phone the practice.");
            }
            release(em, appointment, label(citizen), why == null ? "No reason given" : why);
            return null;
        });
        access.audit("APPOINTMENT_CANCELLED", "appointment " + appointmentId);
    }

    // ---- the practice -------------------------------------------------------------------------------------------

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
        transactions.write(em -> {
            if (named(em, "Clinician", staff.odsCode(), clinician.name())) {
                throw new IllegalArgumentException("The practice already has a clinician called " + clinician.name()
                        + ".");
            }
            em.persist(clinician);
            return null;
        });
        access.audit("CLINICIAN_ADDED", "clinician " + clinician.id());
        return clinician;
    }

    public Room addRoom(String name) {
        CurrentStaff staff = access.requireStaff(Role.PRACTICE_ADMIN);
        Room room = new Room(staff.odsCode(), Texts.required(name, 100, "The room's name"));
        transactions.write(em -> {
            if (named(em, "Room", staff.odsCode(), room.name())) {
                throw new IllegalArgumentException("The practice already has a room called " + room.name() + ".");
            }
            em.persist(room);
            return null;
        });
        access.audit("ROOM_ADDED", "room " + room.id());
        return room;
    }

    /** Adds a session and cuts it into slots; returns how many slots it made. */
    public int addSession(NewSession session) {
        CurrentStaff staff = access.requireStaff(Role.PRACTICE_ADMIN);
        if (session.date().isBefore(now().toLocalDate())) {
            throw new IllegalArgumentException("A new session is today or later.");
        }
        int slots = transactions.write(em -> addSession(em, staff.odsCode(), session, staff.displayName()));
        access.audit("BOOK_SESSION_ADDED", session.date() + " " + session.starts() + ", " + slots + " slots");
        return slots;
    }

    /** The appointment book between two days: every slot, with its appointment if it has one. */
    public List<BookEntry> book(LocalDate from, LocalDate to) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        if (to.isBefore(from) || from.plusDays(31).isBefore(to)) {
            throw new IllegalArgumentException("Show at most a month of the book at a time.");
        }
        BookingRules rules = rules();
        List<BookEntry> entries = transactions.read(em -> entries(em, staff.odsCode(), from, to, rules));
        access.audit("APPOINTMENT_BOOK_VIEWED", from + " to " + to);
        return entries;
    }

    public void setBookableOnline(long slotId, boolean bookable) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        transactions.write(em -> {
            Slot slot = em.find(Slot.class, slotId);
            if (slot == null || !slot.practiceOds().equals(staff.odsCode())) {
                throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "There is no such slot.");
            }
            slot.bookableOnline(bookable);
            return null;
        });
        access.audit(bookable ? "SLOT_OFFERED_ONLINE" : "SLOT_WITHDRAWN_ONLINE", "slot " + slotId);
    }

    /** Records that the patient attended or did not attend: staff only, once the appointment has started. */
    public void recordOutcome(long appointmentId, AppointmentStatus outcome) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        if (outcome != AppointmentStatus.ATTENDED && outcome != AppointmentStatus.DID_NOT_ATTEND) {
            throw new IllegalArgumentException("An outcome is attended or did not attend.");
        }
        long patientId = transactions.write(em -> {
            Appointment appointment = staffAppointment(em, staff, appointmentId);
            Slot slot = em.find(Slot.class, appointment.slotId());
            if (appointment.status() == AppointmentStatus.CANCELLED) {
                throw new BookingRefused(BookingRefused.Reason.NOT_BOOKED, "This appointment was cancelled.");
            }
            if (slot.startsAt().isAfter(now())) {
                throw new BookingRefused(BookingRefused.Reason.NOT_BOOKED,
                        "An outcome can be recorded once the appointment has started.");
            }
            appointment.outcome(outcome);
            return appointment.patientId();
        });
        access.auditPatient(patientId, "APPOINTMENT_" + outcome.name(), "appointment " + appointmentId);
    }

    /**
     * Books a slot for a patient of the practice found by NHS number (they phoned or came to the desk): any slot,
     * bookable online or not; the online window and maximum do not apply to the practice.
     */
    public BookedAppointment bookForPatient(String nhsNumber, long slotId, String reason) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        String cleanReason = Texts.optional(reason, 500, "The reason");
        PracticePatient patient = access.findPracticePatient(nhsNumber).filter(PracticePatient::registered)
                .orElseThrow(() -> new BookingRefused(BookingRefused.Reason.NOT_FOUND,
                        "No patient registered at this practice has that NHS number."));
        BookedAppointment booked = bookSlot(staff.odsCode(), patient.patientId(), slotId, cleanReason, null,
                staff.displayName(), BookedAs.STAFF, false, rules());
        access.auditPatient(patient.patientId(), "APPOINTMENT_BOOKED", "appointment " + booked.appointmentId()
                + ", by the practice");
        return booked;
    }

    /** Cancels on the patient's behalf (they phoned) or for the practice's own reasons; no cut-off applies. */
    public void cancelByPractice(long appointmentId, String reason) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        String why = Texts.required(reason, 300, "The reason");
        long patientId = transactions.write(em -> {
            Appointment appointment = staffAppointment(em, staff, appointmentId);
            if (appointment.status() != AppointmentStatus.BOOKED) {
                throw new BookingRefused(BookingRefused.Reason.NOT_BOOKED, "This appointment is not booked.");
            }
            release(em, appointment, staff.displayName(), why);
            return appointment.patientId();
        });
        access.auditPatient(patientId, "APPOINTMENT_CANCELLED", "appointment " + appointmentId + ", by the practice");
    }

    /** Notices of online bookings no one has marked seen, oldest first. */
    public List<StaffNotice> unseenNotices() {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        return transactions.read(em -> em.createQuery("select n from StaffNotice n where n.practiceOds = :ods"
                        + " and n.seenAt is null order by n.createdAt, n.appointmentId", StaffNotice.class)
                .setParameter("ods", staff.odsCode()).setMaxResults(200).getResultList());
    }

    public void markSeen(long noticeId) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        transactions.write(em -> {
            StaffNotice notice = em.find(StaffNotice.class, noticeId);
            if (notice != null && notice.practiceOds().equals(staff.odsCode())) {
                notice.seen(now(), staff.displayName());
            }
            return null;
        });
    }

    // ---- shared with the demo book ------------------------------------------------------------------------------

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
        String location = session.mode() == AppointmentMode.TELEPHONE ? "By telephone"
                : session.mode() == AppointmentMode.VIDEO ? "By video" : null;
        if (session.roomId() != null) {
            Room room = em.find(Room.class, session.roomId());
            if (room == null || !room.practiceOds().equals(practiceOds)) {
                throw new IllegalArgumentException("Choose one of the practice's rooms.");
            }
            location = location == null ? room.name() : location;
        }
        BookSession stored = new BookSession(practiceOds, session, createdBy, now());
        em.persist(stored);
        em.flush();
        for (java.time.LocalTime start : session.slotStarts()) {
            LocalDateTime at = session.date().atTime(start);
            em.persist(new Slot(stored, clinician.id(), at, at.plusMinutes(session.slotMinutes()), session.slotType(),
                    session.mode(), location, session.bookableOnline()));
        }
        return session.slotStarts().size();
    }

    BookedAppointment bookSlot(String practice, long patientId, long slotId, String reason, String telephone,
                               String bookedBy, BookedAs as, boolean online, BookingRules rules) {
        try {
            return transactions.write(em -> {
                LocalDateTime now = now();
                Slot slot = em.find(Slot.class, slotId);
                if (slot == null || !slot.practiceOds().equals(practice) || online && !slot.bookableOnline()) {
                    throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "There is no such appointment to book.");
                }
                if (online) {
                    Optional<BookingRefused.Reason> refused = rules.refuseBooking(slot.startsAt(), now);
                    if (refused.isPresent()) {
                        throw refused.get() == BookingRefused.Reason.SLOT_STARTED
                                ? new BookingRefused(refused.get(), "This appointment has already started. Choose another.")
                                : new BookingRefused(refused.get(), "You can book up to " + rules.bookingWindowDays()
                                        + " days ahead. Choose an earlier appointment.");
                    }
                }
                // The slot first: of several people racing for it, all but one stop here, having written nothing.
                int taken = em.createNativeQuery(TAKE_SLOT).setParameter(1, slotId).executeUpdate();
                if (taken == 0) {
                    throw new BookingRefused(BookingRefused.Reason.SLOT_TAKEN,
                            "Sorry, someone has just booked this appointment. Please choose another.");
                }
                takeTurn(em, practice, patientId);
                if (online) {
                    long future = em.createQuery("select count(a) from Appointment a where a.patientId = :patient"
                                    + " and a.practiceOds = :ods and a.status = :booked and a.startsAt > :now",
                                    Long.class)
                            .setParameter("patient", patientId).setParameter("ods", practice)
                            .setParameter("booked", AppointmentStatus.BOOKED).setParameter("now", now)
                            .getSingleResult();
                    if (rules.capReached(future)) {
                        throw new BookingRefused(BookingRefused.Reason.CAP_REACHED, "You already have " + future
                                + " upcoming appointments, the most the practice allows online. Cancel one to book"
                                + " another, or phone the practice.");
                    }
                }
                Appointment appointment = new Appointment(slot, patientId, reason, telephone, now, bookedBy, as, online);
                em.persist(appointment);
                em.flush();
                if (online) {
                    em.persist(new StaffNotice(appointment, now, "Booked online by " + bookedBy + ": "
                            + slot.startsAt().toLocalDate() + " " + slot.startsAt().toLocalTime()));
                }
                return row(em, appointment).view(rules);
            });
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

    // ---- reading ------------------------------------------------------------------------------------------------

    private List<FreeSlot> loadFree(String practice, LocalDate first, LocalDate last) {
        return transactions.read(em -> em.createQuery("""
                        select new org.citizenservices.appointments.internal.FreeSlot(s.id, s.startsAt, s.endsAt,
                               c.id, c.name, c.role, s.slotType, s.mode, s.location)
                        from Slot s, Clinician c
                        where c.id = s.clinicianId and s.practiceOds = :ods
                          and s.status = :free and s.bookableOnline = true
                          and s.startsAt >= :from and s.startsAt < :before
                        order by s.startsAt, c.name""", FreeSlot.class)
                .setParameter("ods", practice)
                .setParameter("free", SlotStatus.FREE)
                .setParameter("from", first.atStartOfDay())
                .setParameter("before", last.plusDays(1).atStartOfDay())
                .getResultList());
    }

    private BookMeta meta(String practice) {
        BookingRules rules = rules();
        LocalDate today = now().toLocalDate();
        return transactions.read(em -> {
            List<Clinician> clinicians = em.createQuery("select c from Clinician c where c.practiceOds = :ods"
                    + " and c.active = true order by c.name", Clinician.class).setParameter("ods", practice)
                    .getResultList();
            List<String> types = em.createQuery("select distinct s.slotType from Slot s where s.practiceOds = :ods"
                            + " and s.bookableOnline = true and s.startsAt >= :from order by s.slotType", String.class)
                    .setParameter("ods", practice).setParameter("from", today.atStartOfDay()).getResultList();
            List<String> locations = em.createQuery("select distinct s.location from Slot s where"
                            + " s.practiceOds = :ods and s.bookableOnline = true and s.startsAt >= :from"
                            + " order by s.location", String.class)
                    .setParameter("ods", practice).setParameter("from", today.atStartOfDay()).getResultList();
            return new BookMeta(clinicians, locations, types, rules, today, rules.lastBookableDay(today));
        });
    }

    /** An appointment with its slot and clinician, as read together. */
    private record Row(Appointment appointment, Slot slot, Clinician clinician) {
        BookedAppointment view(BookingRules rules) {
            return new BookedAppointment(appointment.id(), appointment.patientId(), FreeSlot.of(slot, clinician),
                    appointment.status(), appointment.reason(), appointment.bookedAt(), appointment.bookedBy(),
                    appointment.bookedAs(), appointment.bookedOnline(),
                    appointment.status() == AppointmentStatus.BOOKED ? rules.cancelBy(slot.startsAt()) : null,
                    appointment.cancellationReason());
        }
    }

    private Row row(EntityManager em, Appointment appointment) {
        Slot slot = em.find(Slot.class, appointment.slotId());
        return new Row(appointment, slot, em.find(Clinician.class, slot.clinicianId()));
    }

    private List<Row> rows(EntityManager em, String practice, Long patientId, LocalDate from, LocalDate to) {
        StringBuilder query = new StringBuilder("select a, s, c from Appointment a, Slot s, Clinician c"
                + " where s.id = a.slotId and c.id = s.clinicianId and a.practiceOds = :ods");
        if (patientId != null) {
            query.append(" and a.patientId = :patient");
        }
        if (from != null) {
            query.append(" and s.startsAt >= :from and s.startsAt < :before");
        }
        query.append(" order by s.startsAt, a.id");
        var typed = em.createQuery(query.toString(), Object[].class).setParameter("ods", practice);
        if (patientId != null) {
            typed.setParameter("patient", patientId);
        }
        if (from != null) {
            typed.setParameter("from", from.atStartOfDay()).setParameter("before", to.plusDays(1).atStartOfDay());
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] r : typed.getResultList()) {
            rows.add(new Row((Appointment) r[0], (Slot) r[1], (Clinician) r[2]));
        }
        return rows;
    }

    private List<BookEntry> entries(EntityManager em, String practice, LocalDate from, LocalDate to,
                                    BookingRules rules) {
        Map<Long, BookedAppointment> live = new java.util.HashMap<>();
        for (Row row : rows(em, practice, null, from, to)) {
            if (row.appointment().status().holdsSlot()) {
                live.put(row.slot().id(), row.view(rules));
            }
        }
        List<Object[]> slots = em.createQuery("select s, c from Slot s, Clinician c where c.id = s.clinicianId"
                        + " and s.practiceOds = :ods and s.startsAt >= :from and s.startsAt < :before"
                        + " order by s.startsAt, c.name", Object[].class)
                .setParameter("ods", practice).setParameter("from", from.atStartOfDay())
                .setParameter("before", to.plusDays(1).atStartOfDay()).getResultList();
        List<BookEntry> entries = new ArrayList<>(slots.size());
        for (Object[] r : slots) {
            Slot slot = (Slot) r[0];
            Clinician clinician = (Clinician) r[1];
            entries.add(new BookEntry(FreeSlot.of(slot, clinician), slot.bookableOnline(), live.get(slot.id())));
        }
        return entries;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** Whether the practice already has a clinician or room of this name (names are unique per practice). */
    private static boolean named(EntityManager em, String entity, String practiceOds, String name) {
        return em.createQuery("select count(e) from " + entity + " e where e.practiceOds = :ods and e.name = :name",
                Long.class).setParameter("ods", practiceOds).setParameter("name", name).getSingleResult() > 0;
    }

    /** Takes the patient's turn: their bookings row is locked until this transaction ends. */
    private static void takeTurn(EntityManager em, String practice, long patientId) {
        int updated = em.createNativeQuery(TAKE_TURN).setParameter(1, patientId).executeUpdate();
        if (updated == 0) {
            em.persist(new PatientBookings(patientId, practice));
            em.flush();
        }
    }

    /** The practice's appointment, locked until the transaction ends: two changes to one appointment take turns. */
    private Appointment staffAppointment(EntityManager em, CurrentStaff staff, long appointmentId) {
        Appointment appointment = em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        if (appointment == null || !appointment.practiceOds().equals(staff.odsCode())) {
            throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "There is no such appointment.");
        }
        return appointment;
    }

    private void release(EntityManager em, Appointment appointment, String by, String why) {
        appointment.cancel(now(), by, why);
        em.flush();
        em.createNativeQuery(FREE_SLOT).setParameter(1, appointment.slotId()).executeUpdate();
    }

    private static String label(CurrentCitizen citizen) {
        return citizen.actingFor().self() ? citizen.displayName()
                : citizen.displayName() + " (" + citizen.actingFor().relationship().toLowerCase() + ")";
    }

    LocalDateTime now() {
        return LocalDateTime.now(practiceClock);
    }
}
