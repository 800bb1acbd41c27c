package org.citizenservices.appointments.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BookingRulesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 0);
    static final BookingRules RULES = new BookingRules(28, 24, 2);

    @Test
    void theWindowEndsAtTheEndOfItsLastDay() {
        assertThat(RULES.refuseBooking(NOW.plusDays(28).withHour(17), NOW)).isEmpty();
        assertThat(RULES.refuseBooking(NOW.plusDays(29).withHour(8), NOW))
                .contains(BookingRefused.Reason.OUTSIDE_WINDOW);
    }

    @Test
    void aSlotThatHasStartedCannotBeBooked() {
        assertThat(RULES.refuseBooking(NOW, NOW)).contains(BookingRefused.Reason.SLOT_STARTED);
        assertThat(RULES.refuseBooking(NOW.minusMinutes(1), NOW)).contains(BookingRefused.Reason.SLOT_STARTED);
        assertThat(RULES.refuseBooking(NOW.plusMinutes(1), NOW)).isEmpty();
    }

    @Test
    void cancellingOnlineIsAllowedUntilTheCutOff() {
        LocalDateTime start = NOW.plusHours(24);
        assertThat(RULES.mayCancel(start, NOW)).as("exactly 24 hours before").isTrue();
        assertThat(RULES.mayCancel(start, NOW.plusMinutes(1))).isFalse();
        assertThat(RULES.cancelBy(start)).isEqualTo(NOW);
        assertThat(new BookingRules(28, 0, 2).mayCancel(start, start.minusSeconds(1))).isTrue();
    }

    @Test
    void theCapCountsFutureAppointments() {
        assertThat(RULES.capReached(1)).isFalse();
        assertThat(RULES.capReached(2)).isTrue();
        assertThat(new BookingRules(28, 24, 0).capReached(0)).as("a practice that allows none online").isTrue();
    }

    @Test
    void settingsAreReadWithDefaultsForMissingOrNonsense() {
        Map<String, String> settings = Map.of(BookingRules.WINDOW, " 14 ", BookingRules.CUT_OFF, "two",
                BookingRules.MAX_FUTURE, "-3");
        BookingRules rules = BookingRules.from(key -> Optional.ofNullable(settings.get(key)));
        assertThat(rules).isEqualTo(new BookingRules(14, 24, 2));
        assertThat(BookingRules.from(key -> Optional.empty())).isEqualTo(BookingRules.DEFAULTS);
    }
}
