package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The earlier-slot waiting list's moves, inside the transaction of whatever freed or took a slot: a freed slot is held
 * for the first patient waiting for an earlier one of its kind (same type and mode, their appointment later than it),
 * who has {@link #OFFER_TIME} to take it (only while their own appointment is still beyond the usual cut-off for
 * changing it online, so that they can); an offer let pass goes to the next; an appointment that ends takes its
 * place on the list with it. A slot is held by the same conditional update that books one, and a place's offered slot
 * is unique in the database, so one slot is never offered to two people nor booked by someone else meanwhile.
 */
final class EarlierSlotOffers {

    /** How long a patient has to take an offered slot. */
    static final Duration OFFER_TIME = Duration.ofHours(2);
    /** The least notice an offered slot gives: nobody is offered one they could not get to. */
    static final Duration LEAST_NOTICE = Duration.ofHours(2);

    private static final String HOLD = "UPDATE SLOT SET STATUS = 'HELD' WHERE ID = ? AND STATUS = 'FREE'";
    private static final String UNHOLD = "UPDATE SLOT SET STATUS = 'FREE' WHERE ID = ? AND STATUS = 'HELD'";
    private static final String PASSED = "INSERT INTO EARLIER_SLOT_PASSED (WAIT_ID, SLOT_ID) VALUES (?, ?)";
    private static final String FIRST_WAITING = """
            SELECT w.ID FROM EARLIER_SLOT_WAIT w JOIN APPOINTMENT a ON a.ID = w.APPOINTMENT_ID
            WHERE w.PRACTICE_ODS = ? AND w.STATUS = 'WAITING' AND w.SLOT_TYPE = ? AND w.MODE = ?
              AND a.STATUS = 'BOOKED' AND a.STARTS_AT > ? AND a.STARTS_AT > ?
              AND NOT EXISTS (SELECT 1 FROM EARLIER_SLOT_PASSED p WHERE p.WAIT_ID = w.ID AND p.SLOT_ID = ?)
            ORDER BY w.ASKED_AT, w.ID""";

    private EarlierSlotOffers() {
    }

    /** A slot just freed: held for the first patient waiting for an earlier one like it; the place offered, or null. */
    static EarlierSlotWait slotFreed(EntityManager em, long slotId, LocalDateTime now) {
        Slot slot = em.find(Slot.class, slotId);
        if (slot == null || !slot.bookableOnline() || slot.startsAt().isBefore(now.plus(LEAST_NOTICE))) {
            return null;
        }
        List<?> waiting = em.createNativeQuery(FIRST_WAITING).setParameter(1, slot.practiceOds())
                .setParameter(2, slot.slotType()).setParameter(3, slot.mode().name())
                .setParameter(4, slot.startsAt())
                .setParameter(5, now.plusHours(BookingRules.DEFAULTS.cancellationCutOffHours()))
                .setParameter(6, slotId).setMaxResults(5).getResultList();
        for (Object id : waiting) {
            EarlierSlotWait wait = em.find(EarlierSlotWait.class, ((Number) id).longValue(),
                    LockModeType.PESSIMISTIC_WRITE);
            if (wait == null || wait.status() != EarlierSlotWait.Status.WAITING) {
                continue;
            }
            if (em.createNativeQuery(HOLD).setParameter(1, slotId).executeUpdate() == 0) {
                return null;
            }
            LocalDateTime until = now.plus(OFFER_TIME);
            LocalDateTime latest = slot.startsAt().minus(LEAST_NOTICE.dividedBy(2));
            wait.offer(slotId, until.isBefore(latest) ? until : latest);
            em.flush();
            return wait;
        }
        return null;
    }

    /** An appointment no longer booked: its places end, and a slot held for one of them goes to the next. */
    static void appointmentEnded(EntityManager em, long appointmentId, LocalDateTime now) {
        for (EarlierSlotWait wait : active(em, appointmentId)) {
            Long held = wait.offeredSlotId();
            wait.ended();
            em.flush();
            if (held != null) {
                unhold(em, held, now);
            }
        }
    }

    /** The appointment's places on the list still waiting or offered (one, by the rules), locked. */
    static List<EarlierSlotWait> active(EntityManager em, long appointmentId) {
        return em.createQuery("select w from EarlierSlotWait w where w.appointmentId = :id and w.status in :active",
                        EarlierSlotWait.class).setParameter("id", appointmentId)
                .setParameter("active", List.of(EarlierSlotWait.Status.WAITING, EarlierSlotWait.Status.OFFERED))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The patient lets an offer pass (declines it, or its time runs out): they wait on, the slot goes to the next. */
    static void letPass(EntityManager em, EarlierSlotWait wait, LocalDateTime now) {
        long slotId = wait.offeredSlotId();
        em.createNativeQuery(PASSED).setParameter(1, wait.id()).setParameter(2, slotId).executeUpdate();
        wait.backToWaiting();
        em.flush();
        unhold(em, slotId, now);
    }

    /** The patient leaves the list for this appointment; a slot held for them goes to the next. */
    static void withdraw(EntityManager em, EarlierSlotWait wait, LocalDateTime now) {
        Long held = wait.offeredSlotId();
        wait.ended();
        em.flush();
        if (held != null) {
            unhold(em, held, now);
        }
    }

    /** Takes up an offer: the held slot is freed for the caller's booking, in the same transaction; its id. */
    static long takeUp(EntityManager em, EarlierSlotWait wait) {
        long slotId = wait.offeredSlotId();
        wait.taken();
        em.flush();
        em.createNativeQuery(UNHOLD).setParameter(1, slotId).executeUpdate();
        return slotId;
    }

    private static void unhold(EntityManager em, long slotId, LocalDateTime now) {
        if (em.createNativeQuery(UNHOLD).setParameter(1, slotId).executeUpdate() > 0) {
            slotFreed(em, slotId, now);
        }
    }
}
