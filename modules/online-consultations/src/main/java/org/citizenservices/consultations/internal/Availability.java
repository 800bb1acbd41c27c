package org.citizenservices.consultations.internal;

import org.citizenservices.spi.Formats;

import java.time.LocalDateTime;

/** Whether a practice takes online requests at a moment: core hours on working days, unless paused for safety. */
public final class Availability {

    static final String HELP_NOW = "If you need help now, call NHS 111 or go to 111.nhs.uk, or call 999 in an"
            + " emergency.";

    /** The answer for one practice at one moment. */
    public record Now(boolean open, LocalDateTime opensAt, String words) {
    }

    private final CoreHours hours;
    private final SafetyPauses pauses;

    public Availability(CoreHours hours, SafetyPauses pauses) {
        this.hours = hours;
        this.pauses = pauses;
    }

    public Now at(String practiceOds, LocalDateTime now) {
        if (pauses.current(practiceOds).isPresent()) {
            return new Now(false, null, "Closed: your practice has paused online consultations for safety reasons."
                    + " " + HELP_NOW);
        }
        if (hours.isOpen(now)) {
            return new Now(true, null, "Open until " + Formats.time(CoreHours.CLOSES) + " today. Your practice"
                    + " will reply by the end of the next working day.");
        }
        LocalDateTime opens = hours.nextOpening(now);
        return new Now(false, opens, "Closed. Opens " + Formats.dayAndTime(opens) + ". " + HELP_NOW);
    }

    public CoreHours hours() {
        return hours;
    }
}
