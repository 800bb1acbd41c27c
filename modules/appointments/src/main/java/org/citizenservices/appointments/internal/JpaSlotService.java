package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** {@link SlotService} on the capability's persistence unit. */
final class JpaSlotService implements SlotService {

    private final EntityManagerFactory factory;
    private final Clock practiceClock;

    JpaSlotService(EntityManagerFactory factory, Clock practiceClock) {
        this.factory = factory;
        this.practiceClock = practiceClock;
    }

    @Override
    public List<FreeSlot> freeSlots(SlotSearch search) {
        LocalDateTime now = LocalDateTime.now(practiceClock);
        LocalDateTime from = search.from().atStartOfDay();
        LocalDateTime after = from.isBefore(now) ? now : from;
        LocalDateTime before = search.to().plusDays(1).atStartOfDay();
        EntityManager em = factory.createEntityManager();
        try {
            return em.createQuery("""
                            select s from Slot s
                            where s.status = :free and s.bookableOnline = true
                              and s.startsAt > :after and s.startsAt < :before
                            order by s.startsAt, s.clinicianName""", Slot.class)
                    .setParameter("free", SlotStatus.FREE)
                    .setParameter("after", after)
                    .setParameter("before", before)
                    .getResultList().stream().map(Slot::toFreeSlot).toList();
        } finally {
            em.close();
        }
    }
}
