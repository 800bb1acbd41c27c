package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;
import org.citizenservices.spi.ImportOutcome.Kind;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A Slot from the clinical system into the book: a free one becomes a slot patients can book, in its schedule's
 * session of that day (made, or grown to cover it); a busy one is not offered, and one imported free before that has
 * never been booked here goes. A slot a patient booked here stays exactly as it is.
 */
final class ImportedSlots {

    private final EntityManager em;
    private final String ods;
    private final LocalDateTime now;

    ImportedSlots(EntityManager em, String ods, LocalDateTime now) {
        this.em = em;
        this.ods = ods;
        this.now = now;
    }

    ImportOutcome slot(FhirResource resource, ImportedSchedule schedule) {
        LocalDateTime starts = resource.dateTime("start").orElseThrow(() ->
                new IllegalArgumentException("Slot needs its start."));
        LocalDateTime ends = resource.dateTime("end").orElseThrow(() ->
                new IllegalArgumentException("Slot needs its end."));
        long minutes = Duration.between(starts, ends).toMinutes();
        if (minutes < 5 || minutes > 120 || !starts.toLocalDate().equals(ends.toLocalDate())) {
            throw new IllegalArgumentException("A slot is 5 to 120 minutes on one day.");
        }
        // locked before deciding: a patient booking it at this moment waits, or has booked it and we see that
        Slot existing = em.createQuery("select s from Slot s where s.practiceOds = :ods and s.sourceKey = :key",
                        Slot.class).setParameter("ods", ods).setParameter("key", resource.sourceKey())
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElse(null);
        String status = resource.text("status").orElse("");
        // booked here, or held for a patient on the earlier-slot waiting list: the import leaves it be
        if (existing != null && existing.status() != SlotStatus.FREE) {
            boolean same = existing.startsAt().equals(starts) && existing.endsAt().equals(ends);
            if (same) {
                return ImportOutcome.of(resource, Kind.UNCHANGED);
            }
            throw new IllegalArgumentException("A patient booked this slot here, or was offered it: move their"
                    + " appointment in the portal first.");
        }
        if (!"free".equals(status)) {
            return notOffered(resource, existing, status);
        }
        if (starts.isBefore(now)) {
            throw new IllegalArgumentException("The slot is in the past.");
        }
        BookSession session = session(schedule, starts, ends);
        String where = schedule.roomId() == null ? "By telephone" : em.find(Room.class, schedule.roomId()).name();
        if (existing == null) {
            Slot created = new Slot(session, schedule.clinicianId(), starts, ends, schedule.slotType(),
                    schedule.mode(), where, true);
            created.sourceKey(resource.sourceKey());
            em.persist(created);
            return ImportOutcome.of(resource, Kind.CREATED);
        }
        boolean same = existing.startsAt().equals(starts) && existing.endsAt().equals(ends)
                && existing.slotType().equals(schedule.slotType()) && existing.location().equals(where)
                && existing.sessionId().equals(session.id());
        if (!same) {
            existing.moveTo(session, starts, ends, schedule.slotType(), where);
        }
        return ImportOutcome.of(resource, same ? Kind.UNCHANGED : Kind.UPDATED);
    }

    /**
     * Busy in the clinical system: never offered here. A free one imported before goes; one with appointment history
     * here stays on record but is no longer offered online.
     */
    private ImportOutcome notOffered(FhirResource resource, Slot existing, String status) {
        if (!List.of("busy", "busy-unavailable", "busy-tentative").contains(status)) {
            throw new IllegalArgumentException("Slot status must be free, busy, busy-unavailable or "
                    + "busy-tentative.");
        }
        if (existing == null) {
            throw new IllegalArgumentException("The slot is " + status + " in the clinical system: only free slots "
                    + "are offered here.");
        }
        long history = em.createQuery("select count(a) from Appointment a where a.slotId = :slot", Long.class)
                .setParameter("slot", existing.id()).getSingleResult();
        if (history > 0) {
            // its cancelled appointments stay on record, so the row stays; but nobody may book it online again
            boolean offered = existing.bookableOnline();
            existing.bookableOnline(false);
            return ImportOutcome.of(resource, offered ? Kind.UPDATED : Kind.UNCHANGED);
        }
        em.remove(existing);
        return ImportOutcome.of(resource, Kind.UPDATED);
    }

    /** The schedule's session that day, grown to cover the slot; a session set up by hand at that time clashes. */
    private BookSession session(ImportedSchedule schedule, LocalDateTime starts, LocalDateTime ends) {
        // the schedule's row id, not its key: a clinical system's key may already fill the column
        String key = "schedule " + schedule.id() + "|" + starts.toLocalDate();
        BookSession session = em.createQuery("select b from BookSession b where b.practiceOds = :ods"
                        + " and b.sourceKey = :key", BookSession.class).setParameter("ods", ods)
                .setParameter("key", key).getResultStream().findFirst().orElse(null);
        LocalTime from = starts.toLocalTime();
        LocalTime to = ends.toLocalTime();
        // the session as it will be once it covers the slot must not overlap another of the clinician's that day
        LocalTime first = session == null || from.isBefore(session.starts()) ? from : session.starts();
        LocalTime last = session == null || to.isAfter(session.ends()) ? to : session.ends();
        long clashes = em.createQuery("select count(b) from BookSession b where b.clinicianId = :clinician"
                        + " and b.date = :date and b.starts < :ends and b.ends > :starts"
                        + " and (b.sourceKey is null or b.sourceKey <> :key)", Long.class)
                .setParameter("clinician", schedule.clinicianId()).setParameter("date", starts.toLocalDate())
                .setParameter("starts", first).setParameter("ends", last).setParameter("key", key).getSingleResult();
        if (clashes > 0) {
            throw new IllegalArgumentException("The slot clashes with another session of the clinician that day.");
        }
        if (session == null) {
            int minutes = (int) Duration.between(starts, ends).toMinutes();
            session = new BookSession(ods, new NewSession(schedule.clinicianId(), schedule.roomId(),
                    starts.toLocalDate(), from, to, minutes, schedule.slotType(), schedule.mode(), true),
                    "clinical system import", now);
            session.sourceKey(key);
            em.persist(session);
            em.flush();
        } else {
            session.cover(from, to);
        }
        return session;
    }
}
