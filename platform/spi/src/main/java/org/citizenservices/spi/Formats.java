package org.citizenservices.spi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as every portal page writes them, in the NHS.UK style: {@code 4 December 2026},
 * {@code Friday 4 December 2026}, {@code 9:30am}, {@code 9am}, {@code midday}. Tables, where space is short, may use
 * the three-letter month ({@code 4 Dec 2026, 9:30am}). Every method writes {@code null} as an empty text, so an
 * optional date needs no check of its own.
 *
 * <p>Times are the practice's wall-clock times ({@link PracticeTime}); a time stored in UTC (an audit event, a
 * sign-in) is written by {@link #utcDateTime(LocalDateTime)}.
 *
 * @since 1.8
 */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private Formats() {
    }

    /** {@code 4 December 2026}. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code 4 Dec 2026}: for a table's column. */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** {@code Friday 4 December 2026}: a day someone has to turn up on. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** {@code 9:30am}, {@code 9am}, {@code 2:15pm}, {@code midday}, {@code midnight}. */
    public static String time(LocalTime time) {
        if (time == null) {
            return "";
        }
        if (time.getMinute() == 0 && time.getHour() % 12 == 0) {
            return time.getHour() == 0 ? "midnight" : "midday";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : String.format(Locale.UK, ":%02d", time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }

    /** {@code 4 December 2026, 9:30am}. */
    public static String dateTime(LocalDateTime moment) {
        return moment == null ? "" : date(moment.toLocalDate()) + ", " + time(moment.toLocalTime());
    }

    /** {@code 4 Dec 2026, 9:30am}: for a table's column. */
    public static String shortDateTime(LocalDateTime moment) {
        return moment == null ? "" : shortDate(moment.toLocalDate()) + ", " + time(moment.toLocalTime());
    }

    /** {@code Friday 4 December 2026 at 9:30am}: an appointment, a deadline. */
    public static String dayAndTime(LocalDateTime moment) {
        return moment == null ? "" : day(moment.toLocalDate()) + " at " + time(moment.toLocalTime());
    }

    /** A time stored in UTC, in the practice's time: {@code 4 December 2026, 9:30am}. */
    public static String utcDateTime(LocalDateTime utc) {
        return utc == null ? ""
                : dateTime(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(PracticeTime.ZONE).toLocalDateTime());
    }
}
