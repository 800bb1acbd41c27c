package org.citizenservices.appointments.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewSessionTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void aSessionIsCutIntoWholeSlots_andARemainderIsLeftUnused() {
        NewSession session = new NewSession(1, 2L, DAY, LocalTime.of(9, 0), LocalTime.of(10, 10), 15,
                "Routine GP appointment", AppointmentMode.IN_PERSON, true);
        assertThat(session.slotStarts()).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 15),
                LocalTime.of(9, 30), LocalTime.of(9, 45));
    }

    @Test
    void aSessionEndingAtMidnightDoesNotWrapAround() {
        NewSession late = new NewSession(1, null, DAY, LocalTime.of(23, 0), LocalTime.of(23, 59), 30,
                "Out of hours call", AppointmentMode.TELEPHONE, false);
        assertThat(late.slotStarts()).containsExactly(LocalTime.of(23, 0));
    }

    @Test
    void impossibleSessionsAreRefusedWithAMessageForStaff() {
        assertThatThrownBy(() -> new NewSession(1, 2L, DAY, LocalTime.of(10, 0), LocalTime.of(9, 0), 15, "GP",
                AppointmentMode.IN_PERSON, true)).hasMessageContaining("end after it starts");
        assertThatThrownBy(() -> new NewSession(1, 2L, DAY, LocalTime.of(9, 0), LocalTime.of(9, 10), 15, "GP",
                AppointmentMode.IN_PERSON, true)).hasMessageContaining("shorter than one slot");
        assertThatThrownBy(() -> new NewSession(1, null, DAY, LocalTime.of(9, 0), LocalTime.of(10, 0), 15, "GP",
                AppointmentMode.IN_PERSON, true)).hasMessageContaining("room");
        assertThatThrownBy(() -> new NewSession(1, 2L, DAY, LocalTime.of(9, 0), LocalTime.of(10, 0), 3, "GP",
                AppointmentMode.IN_PERSON, true)).hasMessageContaining("between 5 and 120");
    }
}
