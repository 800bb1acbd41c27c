package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.UnitsOfWork;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fills an empty appointment book with a small practice's fortnight, so the demo has slots to book: three clinicians,
 * two rooms, sessions every weekday from the demo day on, and past appointments for Jane Demo and her son Sam.
 * Runs only when the host is started with {@code --demo}, and only into an empty book.
 */
public final class DemoAppointmentBook {

    static final String PRACTICE = "Y99999";
    static final String JANE_NHS = "9990000018";
    static final String SAM_NHS = "9990000026";

    private record Rota(String clinician, String role, String room, LocalTime starts, LocalTime ends, int minutes,
                        String slotType, AppointmentMode mode) {
    }

    private static final List<Rota> ROTA = List.of(
            new Rota("Dr Amara Okafor", "GP", "Consulting room 1", LocalTime.of(9, 0), LocalTime.of(12, 0), 15,
                    "Routine GP appointment", AppointmentMode.IN_PERSON),
            new Rota("Dr Tom Pritchard", "GP", null, LocalTime.of(14, 0), LocalTime.of(15, 40), 10,
                    "GP telephone consultation", AppointmentMode.TELEPHONE),
            new Rota("Nurse Priya Shah", "Practice nurse", "Treatment room", LocalTime.of(10, 0),
                    LocalTime.of(12, 40), 20, "Nurse appointment", AppointmentMode.IN_PERSON));

    private DemoAppointmentBook() {
    }

    /** Seeds the book; returns how many slots were created (0 if the book was not empty). */
    public static int seedIfEmpty(EntityManagerFactory factory, AppointmentBook book,
                           Function<String, Optional<Long>> demoPatient) {
        return UnitsOfWork.write(factory, em -> {
            if (em.createQuery("select count(c) from Clinician c", Long.class).getSingleResult() > 0) {
                return 0;
            }
            java.util.Map<String, Clinician> clinicians = new java.util.HashMap<>();
            java.util.Map<String, Room> rooms = new java.util.HashMap<>();
            for (Rota rota : ROTA) {
                Clinician clinician = new Clinician(PRACTICE, rota.clinician(), rota.role());
                em.persist(clinician);
                clinicians.put(rota.clinician(), clinician);
                if (rota.room() != null) {
                    Room room = new Room(PRACTICE, rota.room());
                    em.persist(room);
                    rooms.put(rota.room(), room);
                }
            }
            em.flush();
            int slots = 0;
            LocalDate today = book.now().toLocalDate();
            for (LocalDate day = today, last = today.plusDays(13); !day.isAfter(last); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                for (Rota rota : ROTA) {
                    slots += session(em, book, clinicians, rooms, rota, day);
                }
            }
            // every fourth slot is kept for booking by phone or at the desk
            List<Slot> all = em.createQuery("select s from Slot s order by s.clinicianId, s.startsAt", Slot.class)
                    .getResultList();
            for (int i = 3; i < all.size(); i += 4) {
                all.get(i).bookableOnline(false);
            }
            pastAppointments(em, book, clinicians, rooms, today, demoPatient);
            return slots;
        });
    }

    private static int session(EntityManager em, AppointmentBook book, java.util.Map<String, Clinician> clinicians,
                               java.util.Map<String, Room> rooms, Rota rota, LocalDate day) {
        Room room = rota.room() == null ? null : rooms.get(rota.room());
        return book.addSession(em, PRACTICE, new NewSession(clinicians.get(rota.clinician()).id(),
                room == null ? null : room.id(), day, rota.starts(), rota.ends(), rota.minutes(), rota.slotType(),
                rota.mode(), true), "Demo practice manager");
    }

    /** Jane saw Dr Okafor a month ago; Sam had his immunisations with the nurse, and missed a telephone call. */
    private static void pastAppointments(EntityManager em, AppointmentBook book,
                                         java.util.Map<String, Clinician> clinicians, java.util.Map<String, Room> rooms,
                                         LocalDate today, Function<String, Optional<Long>> demoPatient) {
        Optional<Long> jane = demoPatient.apply(JANE_NHS);
        Optional<Long> sam = demoPatient.apply(SAM_NHS);
        if (jane.isEmpty() || sam.isEmpty()) {
            return;
        }
        LocalDate monthAgo = weekday(today.minusDays(30));
        LocalDate fortnightAgo = weekday(today.minusDays(15));
        session(em, book, clinicians, rooms, ROTA.get(0), monthAgo);
        session(em, book, clinicians, rooms, ROTA.get(2), fortnightAgo);
        session(em, book, clinicians, rooms, ROTA.get(1), fortnightAgo);
        past(em, monthAgo.atTime(9, 30), jane.get(), "Jane Demo", BookedAs.SELF, "Follow-up about my knee",
                AppointmentStatus.ATTENDED, true);
        past(em, fortnightAgo.atTime(10, 20), sam.get(), "Jane Demo (mother)", BookedAs.PROXY, "Pre-school vaccinations",
                AppointmentStatus.ATTENDED, true);
        past(em, fortnightAgo.atTime(14, 30), sam.get(), "Reception", BookedAs.STAFF, null,
                AppointmentStatus.DID_NOT_ATTEND, false);
    }

    private static void past(EntityManager em, LocalDateTime start, long patientId, String by, BookedAs as,
                             String reason, AppointmentStatus outcome, boolean online) {
        Slot slot = em.createQuery("select s from Slot s where s.startsAt = :start", Slot.class)
                .setParameter("start", start).getResultList().get(0);
        em.createQuery("update Slot s set s.status = :booked where s.id = :id")
                .setParameter("booked", SlotStatus.BOOKED).setParameter("id", slot.id()).executeUpdate();
        Appointment appointment = new Appointment(slot, patientId, reason, null, start.minusDays(6), by, as, online);
        appointment.outcome(outcome);
        em.persist(appointment);
    }

    private static LocalDate weekday(LocalDate day) {
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }
}
