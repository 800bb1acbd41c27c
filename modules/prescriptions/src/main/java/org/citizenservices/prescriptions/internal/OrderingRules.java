package org.citizenservices.prescriptions.internal;

import org.citizenservices.spi.Formats;
import org.citizenservices.spi.PracticeSetting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether a citizen may request a course now (E00327), and if not, why — in words and as a code: a current repeat with
 * no request outstanding, ordered no earlier than the practice allows before it runs out (from when it was last
 * issued and how many days it lasts); an acute one only where the practice allows acute medicines to be ordered online
 * ({@code prescriptions.acuteOrderable}).
 *
 * @param daysBeforeRunOut how many days before a repeat runs out it may be ordered again
 */
public record OrderingRules(boolean acuteOrderable, int daysBeforeRunOut) {

    static final String ACUTE_ORDERABLE = "prescriptions.acuteOrderable";
    static final String DAYS_BEFORE_RUN_OUT = "prescriptions.orderDaysBeforeRunOut";
    static final int DEFAULT_DAYS_BEFORE_RUN_OUT = 10;

    /** As the practice administrator's page shows them. */
    public static final List<PracticeSetting> SETTINGS = List.of(
            PracticeSetting.yesNo(ACUTE_ORDERABLE, "Patients may order one-off (acute) medicines online",
                    "Otherwise only repeat medicines can be ordered; acute ones need a call.", false),
            PracticeSetting.number(DAYS_BEFORE_RUN_OUT, "How many days before a repeat runs out patients may order it",
                    "From when it was last issued and how many days it lasts; earlier, the page says from when.",
                    0, 90, DEFAULT_DAYS_BEFORE_RUN_OUT));

    public static OrderingRules from(Function<String, Optional<String>> settings) {
        return new OrderingRules(settings.apply(ACUTE_ORDERABLE).map(Boolean::parseBoolean).orElse(false),
                settings.apply(DAYS_BEFORE_RUN_OUT).flatMap(OrderingRules::days).orElse(DEFAULT_DAYS_BEFORE_RUN_OUT));
    }

    /** A stored value outside the declaration (written before it existed, say) falls back to the default, not a 500. */
    private static Optional<Integer> days(String value) {
        try {
            int days = Integer.parseInt(value.trim());
            return days < 0 || days > 90 ? Optional.empty() : Optional.of(days);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * Empty when the course can be requested today; otherwise why, for the citizen and as a code.
     *
     * @param requestedOn the day the request still with the practice was made, or {@code null} when there is none
     */
    public Optional<OrderingRefusal.Because> refusal(Course course, LocalDate requestedOn, LocalDate today) {
        if (!course.active()) {
            return Optional.of(OrderingRefusal.NO_LONGER_PRESCRIBED.because("This medicine is no longer prescribed."));
        }
        if (course.type() == CourseType.ACUTE && !acuteOrderable) {
            return Optional.of(OrderingRefusal.ONE_OFF.because("This was a one-off medicine. Contact the practice if"
                    + " you need more."));
        }
        if (requestedOn != null) {
            return Optional.of(OrderingRefusal.ALREADY_REQUESTED.because("Ordered on " + Formats.date(requestedOn)
                    + ", still being processed by the practice."));
        }
        if (course.type() == CourseType.REPEAT && course.reviewDue() != null && !today.isBefore(course.reviewDue())) {
            return Optional.of(OrderingRefusal.REVIEW_DUE.because("Review due: contact the practice. Your"
                    + " prescriber wants to review this medicine with you before it is issued again."));
        }
        Optional<LocalDate> next = nextOrderDay(course);
        if (next.isPresent() && today.isBefore(next.get())) {
            return Optional.of(OrderingRefusal.TOO_EARLY.because("Too early: you can order this again from "
                    + Formats.date(next.get()) + "."));
        }
        return Optional.empty();
    }

    /** The first day a repeat may be ordered again: when the last issue runs out, less the practice's days. */
    Optional<LocalDate> nextOrderDay(Course course) {
        if (course.type() != CourseType.REPEAT || course.lastIssued() == null || course.durationDays() <= 0) {
            return Optional.empty();
        }
        return Optional.of(course.lastIssued().plusDays(Math.max(0, course.durationDays() - daysBeforeRunOut)));
    }
}
