package org.citizenservices.spi;

import java.time.Clock;
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

    /** The system clock, in the practice's zone. */
    public static Clock clock() {
        return Clock.system(ZONE);
    }
}
