package org.citizenservices.consultations.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The GP contract's core hours: 08:00 to 18:30 on working days (Monday to Friday, not a bank holiday). The online
 * consultation service is open through them, and a request is due an outcome by the end of the next working day.
 */
public final class CoreHours {

    public static final LocalTime OPENS = LocalTime.of(8, 0);
    public static final LocalTime CLOSES = LocalTime.of(18, 30);
    /** Christmas and Easter give at most four days off in a row; a month of none means the file is wrong. */
    private static final int MAX_DAYS_CLOSED = 31;

    private final BankHolidays holidays;

    public CoreHours(BankHolidays holidays) {
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.isHoliday(day);
    }

    public boolean isOpen(LocalDateTime at) {
        LocalTime time = at.toLocalTime();
        return isWorkingDay(at.toLocalDate()) && !time.isBefore(OPENS) && time.isBefore(CLOSES);
    }

    /** {@code at} itself when open; otherwise when core hours next begin. */
    public LocalDateTime nextOpening(LocalDateTime at) {
        if (isOpen(at)) {
            return at;
        }
        LocalDate day = at.toLocalDate();
        if (isWorkingDay(day) && at.toLocalTime().isBefore(OPENS)) {
            return day.atTime(OPENS);
        }
        return nextWorkingDay(day).atTime(OPENS);
    }

    /** The end of core hours on the working day after the day a request came in: when its outcome is due. */
    public LocalDateTime dueBy(LocalDateTime received) {
        return nextWorkingDay(received.toLocalDate()).atTime(CLOSES);
    }

    LocalDate nextWorkingDay(LocalDate after) {
        LocalDate day = after.plusDays(1);
        for (int i = 0; i < MAX_DAYS_CLOSED && !isWorkingDay(day); i++) {
            day = day.plusDays(1);
        }
        return day;
    }

    public BankHolidays holidays() {
        return holidays;
    }
}
