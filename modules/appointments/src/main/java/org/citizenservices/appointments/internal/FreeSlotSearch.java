package org.citizenservices.appointments.internal;

import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.ServiceAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a citizen may book: the practice's free, online-bookable slots inside its booking window, and what they can
 * be filtered by. Every question first asks the host's {@link ServiceAccess} for APPOINTMENTS, and stays inside the
 * practice of the citizen's patient. Free slots are read per day and kept in the {@link FreeSlotCache} until the
 * book changes.
 */
public final class FreeSlotSearch {

    private final BookTransactions transactions;
    private final ServiceAccess access;
    private final Clock practiceClock;
    private final FreeSlotCache freeSlots;

    FreeSlotSearch(BookTransactions transactions, ServiceAccess access, Clock practiceClock, FreeSlotCache freeSlots) {
        this.transactions = transactions;
        this.access = access;
        this.practiceClock = practiceClock;
        this.freeSlots = freeSlots;
    }

    /** The rules of the practice of the patient the citizen acts for (or of the signed-in member of staff). */
    public BookingRules rules() {
        return BookingRules.from(access::practiceSetting);
    }

    /** Free, online-bookable slots in the search's dates and within the booking window, earliest first. */
    public List<FreeSlot> freeSlots(SlotSearch search) {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        LocalDateTime now = LocalDateTime.now(practiceClock);
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
        String practice = citizen.odsCode();
        BookingRules rules = rules();
        LocalDate today = LocalDate.now(practiceClock);
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
}
