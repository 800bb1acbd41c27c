package org.citizenservices.appointments.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.citizenservices.spi.PracticeSetting;

/**
 * The practice's online booking rules (RM28 AMC01): how far ahead patients may book, until when they may cancel,
 * and how many future appointments one patient may hold. Read from the practice settings
 * {@code appointments.bookingWindowDays}, {@code appointments.cancellationCutOffHours} and
 * {@code appointments.maxFutureAppointments}; a setting that is missing or not a sensible number takes its default.
 */
public record BookingRules(int bookingWindowDays, int cancellationCutOffHours, int maxFutureAppointments) {

    public static final String WINDOW = "appointments.bookingWindowDays";
    public static final String CUT_OFF = "appointments.cancellationCutOffHours";
    public static final String MAX_FUTURE = "appointments.maxFutureAppointments";
    public static final BookingRules DEFAULTS = new BookingRules(28, 24, 2);

    /** The three as the practice administrator's page shows them; {@link #from} applies the same bounds. */
    public static final List<PracticeSetting> SETTINGS = List.of(
            PracticeSetting.number(WINDOW, "How many days ahead patients can book online", null, 0, 366,
                    DEFAULTS.bookingWindowDays()),
            PracticeSetting.number(CUT_OFF, "Hours before an appointment that online cancelling closes",
                    "After that, patients phone the practice.", 0, 24 * 14, DEFAULTS.cancellationCutOffHours()),
            PracticeSetting.number(MAX_FUTURE, "Appointments a patient may hold at once",
                    "Booked online and still to come.", 0, 50, DEFAULTS.maxFutureAppointments()));

    public BookingRules {
        if (bookingWindowDays < 0 || cancellationCutOffHours < 0 || maxFutureAppointments < 0) {
            throw new IllegalArgumentException("Booking rules are never negative");
        }
    }

    /** The rules from a practice's settings, each falling back to its default. */
    public static BookingRules from(Function<String, Optional<String>> setting) {
        return new BookingRules(number(setting, SETTINGS.get(0)), number(setting, SETTINGS.get(1)),
                number(setting, SETTINGS.get(2)));
    }

    /** The practice's value within the declared bounds, else the default: a value stored before it was declared. */
    private static int number(Function<String, Optional<String>> setting, PracticeSetting declared) {
        int fallback = Integer.parseInt(declared.defaultValue());
        try {
            int value = setting.apply(declared.key()).map(String::trim).map(Integer::parseInt).orElse(fallback);
            return value < declared.min() || value > declared.max() ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The last day a patient may book online today. */
    public LocalDate lastBookableDay(LocalDate today) {
        return today.plusDays(bookingWindowDays);
    }

    /** Why a slot starting at {@code start} cannot be booked online at {@code now}; empty when it can. */
    public Optional<BookingRefused.Reason> refuseBooking(LocalDateTime start, LocalDateTime now) {
        if (!start.isAfter(now)) {
            return Optional.of(BookingRefused.Reason.SLOT_STARTED);
        }
        if (start.toLocalDate().isAfter(lastBookableDay(now.toLocalDate()))) {
            return Optional.of(BookingRefused.Reason.OUTSIDE_WINDOW);
        }
        return Optional.empty();
    }

    /** Whether one more appointment is allowed to a patient who holds {@code future} future appointments. */
    public boolean capReached(long future) {
        return future >= maxFutureAppointments;
    }

    /** The latest moment a patient may cancel online an appointment starting at {@code start}. */
    public LocalDateTime cancelBy(LocalDateTime start) {
        return start.minusHours(cancellationCutOffHours);
    }

    /** Whether the patient may still cancel online at {@code now}. */
    public boolean mayCancel(LocalDateTime start, LocalDateTime now) {
        return !now.isAfter(cancelBy(start));
    }
}
