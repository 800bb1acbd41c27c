package org.citizenservices.appointments.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlotSearchTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void givenOneDayOrTheLongestRange_whenSearched_thenAccepted() {
        assertThat(new SlotSearch(MONDAY, MONDAY).to()).isEqualTo(MONDAY);
        assertThat(new SlotSearch(MONDAY, MONDAY.plusDays(SlotSearch.MAX_DAYS)).from()).isEqualTo(MONDAY);
    }

    @Test
    void givenAnEndBeforeTheStart_whenSearched_thenAMessageTheUserCanActOn() {
        assertThatThrownBy(() -> new SlotSearch(MONDAY, MONDAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The end date must be on or after the start date.");
    }

    @Test
    void givenARangeLongerThanTheLimit_whenSearched_thenRejectedSoTheWholeBookIsNeverRead() {
        assertThatThrownBy(() -> new SlotSearch(MONDAY, MONDAY.plusDays(SlotSearch.MAX_DAYS + 1)))
                .hasMessage("Search at most 62 days at a time.");
    }

    @Test
    void filtersMatchClinicianTypeAndMode_andBlankMeansAny() {
        FreeSlot slot = new FreeSlot(1, MONDAY.atTime(9, 0), MONDAY.atTime(9, 15), 7, "Dr A", "GP",
                "Routine GP appointment", AppointmentMode.IN_PERSON, "Room 1");
        assertThat(new SlotSearch(MONDAY, MONDAY, 7L, "routine gp appointment", AppointmentMode.IN_PERSON)
                .matches(slot)).isTrue();
        assertThat(new SlotSearch(MONDAY, MONDAY, null, "  ", null).matches(slot)).isTrue();
        assertThat(new SlotSearch(MONDAY, MONDAY, 8L, null, null).matches(slot)).isFalse();
        assertThat(new SlotSearch(MONDAY, MONDAY, null, "Nurse appointment", null).matches(slot)).isFalse();
        assertThat(new SlotSearch(MONDAY, MONDAY, null, null, AppointmentMode.VIDEO).matches(slot)).isFalse();
    }
}
