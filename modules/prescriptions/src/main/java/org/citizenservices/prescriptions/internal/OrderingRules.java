package org.citizenservices.prescriptions.internal;

import java.util.Optional;

/**
 * Whether a citizen may request a course now (E00327): a current repeat with no request outstanding; an acute one
 * only where the practice allows acute medicines to be ordered online ({@code prescriptions.acuteOrderable}).
 */
public record OrderingRules(boolean acuteOrderable) {

    static final String ACUTE_ORDERABLE = "prescriptions.acuteOrderable";

    /** As the practice administrator's page shows it. */
    public static final java.util.List<org.citizenservices.spi.PracticeSetting> SETTINGS = java.util.List.of(
            org.citizenservices.spi.PracticeSetting.yesNo(ACUTE_ORDERABLE,
                    "Patients may order one-off (acute) medicines online",
                    "Otherwise only repeat medicines can be ordered; acute ones need a call.", false));

    public static OrderingRules from(Optional<String> acuteOrderable) {
        return new OrderingRules(acuteOrderable.map(Boolean::parseBoolean).orElse(false));
    }

    /** Empty when the course can be requested; otherwise the reason, for the citizen. */
    public Optional<String> refusal(Course course, boolean outstanding) {
        if (!course.active()) {
            return Optional.of("This medicine is no longer prescribed.");
        }
        if (course.type() == CourseType.ACUTE && !acuteOrderable) {
            return Optional.of("This was a one-off medicine. Contact the practice if you need more.");
        }
        if (outstanding) {
            return Optional.of("Already requested: the practice is dealing with it.");
        }
        return Optional.empty();
    }
}
