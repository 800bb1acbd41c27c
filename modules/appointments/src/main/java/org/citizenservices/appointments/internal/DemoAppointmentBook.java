package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Fills an empty appointment book with two weeks of a small practice's sessions, so the demo has slots to show.
 * Runs only when the host is started with {@code --demo}, and only into an empty table.
 */
final class DemoAppointmentBook {

    private record Clinician(String name, String role, String slotType, AppointmentMode mode, String location,
                             LocalTime firstSlot, int slots, int minutes) {
    }

    private static final Clinician[] CLINICIANS = {
        new Clinician("Dr Amara Okafor", "GP", "Routine GP appointment", AppointmentMode.IN_PERSON,
                "Consulting room 1", LocalTime.of(9, 0), 12, 15),
        new Clinician("Dr Tom Pritchard", "GP", "GP telephone consultation", AppointmentMode.TELEPHONE,
                "By telephone", LocalTime.of(14, 0), 10, 10),
        new Clinician("Nurse Priya Shah", "Practice nurse", "Nurse appointment", AppointmentMode.IN_PERSON,
                "Treatment room", LocalTime.of(10, 0), 8, 20),
    };

    private DemoAppointmentBook() {
    }

    /** Seeds slots for the next 14 weekdays; returns how many were created (0 if the book was not empty). */
    static int seedIfEmpty(EntityManagerFactory factory, Clock practiceClock) {
        EntityManager em = factory.createEntityManager();
        try {
            long existing = em.createQuery("select count(s) from Slot s", Long.class).getSingleResult();
            if (existing > 0) {
                return 0;
            }
            em.getTransaction().begin();
            int created = 0;
            LocalDate day = LocalDate.now(practiceClock);
            for (int weekdays = 0; weekdays < 14; day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                weekdays++;
                for (Clinician c : CLINICIANS) {
                    for (int i = 0; i < c.slots(); i++) {
                        LocalDateTime start = day.atTime(c.firstSlot()).plusMinutes((long) i * c.minutes());
                        // every fourth slot is kept for booking by phone or at the desk
                        boolean online = i % 4 != 3;
                        em.persist(new Slot(start, start.plusMinutes(c.minutes()), c.name(), c.role(), c.slotType(),
                                c.mode(), c.location(), online));
                        created++;
                    }
                }
            }
            em.getTransaction().commit();
            return created;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
