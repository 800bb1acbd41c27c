package org.citizenservices.spi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates and times in the NHS.UK style, the same on every page. */
class FormatsTest {

    private static final LocalDateTime FRIDAY_MORNING = LocalDateTime.of(2026, 12, 4, 9, 30);

    @Test
    void givenADate_thenItIsWrittenWithTheMonthInFull_orShortInATable_orWithItsDay() {
        assertThat(Formats.date(LocalDate.of(1985, 3, 14))).isEqualTo("14 March 1985");
        assertThat(Formats.shortDate(LocalDate.of(1985, 3, 14))).isEqualTo("14 Mar 1985");
        assertThat(Formats.day(LocalDate.of(2026, 12, 4))).isEqualTo("Friday 4 December 2026");
    }

    @ParameterizedTest
    @CsvSource({"09:30, 9:30am", "09:00, 9am", "14:05, 2:05pm", "12:00, midday", "00:00, midnight",
            "12:30, 12:30pm", "00:15, 12:15am", "23:59, 11:59pm"})
    void givenATime_thenItIsWrittenWithAmOrPm_withoutZeroMinutes(LocalTime time, String written) {
        assertThat(Formats.time(time)).isEqualTo(written);
    }

    @Test
    void givenAMoment_thenItsDateAndTimeAreWrittenTogether() {
        assertThat(Formats.dateTime(FRIDAY_MORNING)).isEqualTo("4 December 2026, 9:30am");
        assertThat(Formats.shortDateTime(FRIDAY_MORNING)).isEqualTo("4 Dec 2026, 9:30am");
        assertThat(Formats.dayAndTime(FRIDAY_MORNING)).isEqualTo("Friday 4 December 2026 at 9:30am");
    }

    @Test
    void givenATimeStoredInUtc_thenItIsShownInThePracticesTime() {
        assertThat(Formats.utcDateTime(LocalDateTime.of(2026, 12, 4, 9, 30))).isEqualTo("4 December 2026, 9:30am");
        assertThat(Formats.utcDateTime(LocalDateTime.of(2026, 7, 1, 9, 30))).isEqualTo("1 July 2026, 10:30am");
    }

    @Test
    void givenNothing_thenNothingIsWritten() {
        assertThat(Formats.date(null)).isEmpty();
        assertThat(Formats.time(null)).isEmpty();
        assertThat(Formats.dayAndTime(null)).isEmpty();
        assertThat(Formats.utcDateTime(null)).isEmpty();
    }

    @Test
    void thePracticesClock_isInUkTime() {
        assertThat(PracticeTime.clock().getZone()).isEqualTo(PracticeTime.ZONE);
        assertThat(PracticeTime.ZONE.getId()).isEqualTo("Europe/London");
    }
}
