package org.citizenservices.appointments.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class FreeSlotCacheTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    /** A book of one slot at 09:00 and one at 14:00 every day, counting the loads asked of it. */
    static final class Book {
        final List<LocalDate[]> loads = new ArrayList<>();
        final List<LocalDate> taken = new ArrayList<>();

        List<FreeSlot> load(LocalDate first, LocalDate last) {
            loads.add(new LocalDate[]{first, last});
            List<FreeSlot> slots = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                for (LocalTime time : List.of(LocalTime.of(9, 0), LocalTime.of(14, 0))) {
                    if (!taken.contains(day)) {
                        LocalDateTime start = day.atTime(time);
                        slots.add(new FreeSlot(slots.size(), start, start.plusMinutes(10), 1, "Dr A", "GP", "Routine",
                                AppointmentMode.IN_PERSON, "Room 1"));
                    }
                }
            }
            return slots;
        }
    }

    @Test
    void aRepeatedSearchIsServedFromMemory_untilTheBookChanges() {
        AtomicLong revision = new AtomicLong();
        FreeSlotCache cache = new FreeSlotCache(revision::get);
        Book book = new Book();
        LocalDateTime early = MONDAY.minusDays(1).atStartOfDay();

        assertThat(cache.between("Y99999", MONDAY, MONDAY.plusDays(2), early, book::load)).hasSize(6);
        assertThat(cache.between("Y99999", MONDAY, MONDAY.plusDays(2), early, book::load)).hasSize(6);
        assertThat(book.loads).hasSize(1);

        book.taken.add(MONDAY.plusDays(1));
        revision.incrementAndGet();
        assertThat(cache.between("Y99999", MONDAY, MONDAY.plusDays(2), early, book::load)).hasSize(4)
                .noneMatch(slot -> slot.start().toLocalDate().equals(MONDAY.plusDays(1)));
        assertThat(book.loads).hasSize(2);
    }

    @Test
    void eachPracticeHasItsOwnDays() {
        FreeSlotCache cache = new FreeSlotCache(() -> 0);
        Book book = new Book();
        LocalDateTime early = MONDAY.minusDays(1).atStartOfDay();
        cache.between("Y99999", MONDAY, MONDAY, early, book::load);

        cache.between("A12345", MONDAY, MONDAY, early, book::load);

        assertThat(book.loads).as("the second practice's day is not the first's").hasSize(2);
    }

    @Test
    void onlyTheDaysNotHeldAreLoaded_inOneCall() {
        FreeSlotCache cache = new FreeSlotCache(() -> 0);
        Book book = new Book();
        LocalDateTime early = MONDAY.minusDays(1).atStartOfDay();
        cache.between("Y99999", MONDAY, MONDAY.plusDays(1), early, book::load);

        List<FreeSlot> week = cache.between("Y99999", MONDAY, MONDAY.plusDays(6), early, book::load);

        assertThat(book.loads).hasSize(2);
        assertThat(book.loads.get(1)).containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(6));
        assertThat(week).hasSize(14).isSortedAccordingTo(java.util.Comparator.comparing(FreeSlot::start));
    }

    @Test
    void slotsThatHaveStartedAreNeverOffered() {
        FreeSlotCache cache = new FreeSlotCache(() -> 0);
        Book book = new Book();

        List<FreeSlot> slots = cache.between("Y99999", MONDAY, MONDAY, MONDAY.atTime(9, 0), book::load);

        assertThat(slots).extracting(slot -> slot.start().toLocalTime()).containsExactly(LocalTime.of(14, 0));
    }
}
