package org.citizenservices.consultations.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Core hours and the one-working-day target at their edges, with the bundle's own bank-holiday file. */
class CoreHoursTest {

    private final CoreHours hours = new CoreHours(BankHolidays.englandAndWales());

    private static LocalDateTime at(String when) {
        return LocalDateTime.parse(when);
    }

    @Test
    void openFromEightUntilHalfPastSix_onAWeekday() {
        assertThat(hours.isOpen(at("2026-12-07T07:59:59"))).isFalse();
        assertThat(hours.isOpen(at("2026-12-07T08:00"))).isTrue();
        assertThat(hours.isOpen(at("2026-12-07T18:29:59"))).isTrue();
        assertThat(hours.isOpen(at("2026-12-07T18:30"))).isFalse();
        assertThat(hours.nextOpening(at("2026-12-07T06:10"))).isEqualTo(at("2026-12-07T08:00"));
        assertThat(hours.nextOpening(at("2026-12-07T18:30"))).isEqualTo(at("2026-12-08T08:00"));
    }

    @Test
    void closedAtTheWeekend_andOpensOnMonday() {
        assertThat(hours.isOpen(at("2026-12-05T10:00"))).isFalse();
        assertThat(hours.nextOpening(at("2026-12-04T18:30"))).isEqualTo(at("2026-12-07T08:00"));
        assertThat(hours.nextOpening(at("2026-12-06T23:59"))).isEqualTo(at("2026-12-07T08:00"));
    }

    @Test
    void closedOnBankHolidays_includingSubstituteDays() {
        // Christmas Day 2026 is a Friday; Boxing Day falls on Saturday, so Monday 28 December is its substitute
        assertThat(hours.isWorkingDay(LocalDate.parse("2026-12-24"))).isTrue();
        assertThat(hours.isOpen(at("2026-12-25T10:00"))).isFalse();
        assertThat(hours.isOpen(at("2026-12-28T10:00"))).isFalse();
        assertThat(hours.nextOpening(at("2026-12-24T18:30"))).isEqualTo(at("2026-12-29T08:00"));
        // Easter 2027: Good Friday 26 March, Easter Monday 29 March
        assertThat(hours.nextOpening(at("2027-03-25T19:00"))).isEqualTo(at("2027-03-30T08:00"));
    }

    @Test
    void anOutcomeIsDueByTheEndOfTheNextWorkingDay() {
        assertThat(hours.dueBy(at("2026-12-07T10:00"))).isEqualTo(at("2026-12-08T18:30"));
        assertThat(hours.dueBy(at("2026-12-04T18:29"))).isEqualTo(at("2026-12-07T18:30"));
        assertThat(hours.dueBy(at("2026-12-24T09:00"))).isEqualTo(at("2026-12-29T18:30"));
    }

    @Test
    void theHolidayFileSaysHowFarItReaches() {
        assertThat(hours.holidays().knownUntil()).isEqualTo(LocalDate.parse("2028-12-31"));
        assertThat(hours.holidays().isHoliday(LocalDate.parse("2028-01-03"))).isTrue();
    }
}
