package org.citizenservices.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The practice's time zone: appointments, prescriptions, messages and record entries are kept and shown in the
 * practice's wall-clock time, and every practice this platform serves is in England, Wales, Scotland or Northern
 * Ireland. A capability takes its clock from here (and a test fixes one in {@link #ZONE}) rather than naming the
 * zone itself.
 *
 * @since 1.8
 */
public final class PracticeTime {

    /** {@code Europe/London}: GMT in winter, BST in summer. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private PracticeTime() {
    }

    /**
     * Set on a test installation only: the practice time the clocks of {@link #clock()} start from, e.g.
     * {@code 2026-12-07T10:00} (a Monday morning), from which they tick on. An end-to-end test of a service that is
     * open only at some hours then passes whenever it runs.
     *
     * @since 1.16
     */
    public static final String START_PROPERTY = "citizenservices.practiceTime.start";

    /** The system clock, in the practice's zone; see {@link #START_PROPERTY} for a test installation's. */
    public static Clock clock() {
        Clock system = Clock.system(ZONE);
        String start = System.getProperty(START_PROPERTY);
        if (start == null || start.isBlank()) {
            return system;
        }
        Instant from = LocalDateTime.parse(start.strip()).atZone(ZONE).toInstant();
        return Clock.offset(system, Duration.between(system.instant(), from));
    }
}
