package org.citizenservices.spi;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeTimeTest {

    @AfterEach
    void realTimeAgain() {
        System.clearProperty(PracticeTime.START_PROPERTY);
    }

    @Test
    void aTestInstallationsClock_startsAtTheGivenPracticeTime_andTicksOn() {
        System.setProperty(PracticeTime.START_PROPERTY, "2026-12-07T10:00");
        LocalDateTime now = LocalDateTime.now(PracticeTime.clock());

        assertThat(Duration.between(LocalDateTime.parse("2026-12-07T10:00"), now)).isBetween(Duration.ZERO,
                Duration.ofMinutes(1));
        assertThat(PracticeTime.clock().getZone()).isEqualTo(PracticeTime.ZONE);
    }

    @Test
    void withoutIt_theClockIsTheSystemsInThePracticesZone() {
        LocalDateTime now = LocalDateTime.now(PracticeTime.clock());
        assertThat(Duration.between(now, LocalDateTime.now(PracticeTime.ZONE)).abs()).isLessThan(Duration.ofMinutes(1));
    }
}
