package org.citizenservices.appointments.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/**
 * The free online-bookable slots of each day, read from the database once per revision of the book and served from
 * memory until the appointment book changes. Patients and apps search far more often than the book changes; a stale
 * day can never be served, since every write moves the revision on before and after it commits, and a booking is
 * decided by the database, not by this list.
 */
final class FreeSlotCache {

    /** Far more days than searches cover (a search spans at most {@link SlotSearch#MAX_DAYS}); a bound, not a tune. */
    private static final int MAX_DAYS_HELD = 800;

    private record Day(long revision, List<FreeSlot> slots) {
    }

    /** A day of one practice's book: one installation serves many practices. */
    private record DayKey(String practiceOds, LocalDate day) {
    }

    private final Map<DayKey, Day> days = new ConcurrentHashMap<>();
    private final LongSupplier revision;

    FreeSlotCache(LongSupplier revision) {
        this.revision = revision;
    }

    /**
     * The practice's free slots from {@code from} to {@code to} (both included) that start after {@code now},
     * earliest first; days not held at the current revision are loaded with one call of
     * {@code load(firstDay, lastDay)}.
     */
    List<FreeSlot> between(String practiceOds, LocalDate from, LocalDate to, LocalDateTime now,
                           BiFunction<LocalDate, LocalDate, List<FreeSlot>> load) {
        long current = revision.getAsLong();
        Map<LocalDate, List<FreeSlot>> found = new HashMap<>();
        LocalDate firstMissing = null;
        LocalDate lastMissing = null;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Day held = days.get(new DayKey(practiceOds, day));
            if (held != null && held.revision() == current) {
                found.put(day, held.slots());
            } else {
                firstMissing = firstMissing == null ? day : firstMissing;
                lastMissing = day;
            }
        }
        if (firstMissing != null) {
            Map<LocalDate, List<FreeSlot>> loaded = new HashMap<>();
            for (FreeSlot slot : load.apply(firstMissing, lastMissing)) {
                loaded.computeIfAbsent(slot.start().toLocalDate(), d -> new ArrayList<>()).add(slot);
            }
            if (days.size() > MAX_DAYS_HELD) {
                days.clear();
            }
            for (LocalDate day = firstMissing; !day.isAfter(lastMissing); day = day.plusDays(1)) {
                List<FreeSlot> slots = List.copyOf(loaded.getOrDefault(day, List.of()));
                found.putIfAbsent(day, slots);
                days.put(new DayKey(practiceOds, day), new Day(current, slots));
            }
        }
        List<FreeSlot> result = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (FreeSlot slot : found.get(day)) {
                if (slot.start().isAfter(now)) {
                    result.add(slot);
                }
            }
        }
        return result;
    }
}
