package org.citizenservices.core.internal.practice;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.practice.PracticeServices;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.RecordAccessLevel;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a new practice starts with, until its administrator changes it: the four services of the guidance and every
 * capability installed now switched on for its patients, the booking and ordering rules the demo practice shows,
 * and SUMMARY as the record access level a new online account is given.
 */
public final class PracticeDefaults {

    /** The practice setting naming the record access level the letter run gives a new account. */
    public static final String DEFAULT_RECORD_LEVEL = org.citizenservices.core.api.practice.PracticeServices.DEFAULT_RECORD_LEVEL;

    public static final Map<String, String> SETTINGS = Map.of(
            "appointments.bookingWindowDays", "28",
            "appointments.cancellationCutOffHours", "24",
            "appointments.maxFutureAppointments", "2",
            "prescriptions.acuteOrderable", "false",
            DEFAULT_RECORD_LEVEL, RecordAccessLevel.SUMMARY.name());

    private PracticeDefaults() {
    }

    /** Puts the defaults on a practice just persisted. */
    public static void apply(EntityManager em, Practice practice, Set<CitizenService> installed, Actor actor,
                             LocalDateTime now) {
        SETTINGS.forEach(practice::putSetting);
        Set<CitizenService> services = new LinkedHashSet<>(PracticeServices.GUIDANCE_SERVICES);
        services.addAll(installed);
        for (CitizenService service : services) {
            em.persist(new ServiceConfiguration(practice.id(), null, service, true, null, actor.label(), now));
        }
    }

    /** The practice's default record level, SUMMARY when unset or unreadable. */
    public static RecordAccessLevel recordLevel(Practice practice) {
        String value = practice.settings().get(DEFAULT_RECORD_LEVEL);
        try {
            return value == null ? RecordAccessLevel.SUMMARY : RecordAccessLevel.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return RecordAccessLevel.SUMMARY;
        }
    }
}
