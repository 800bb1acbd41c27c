package org.citizenservices.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A citizen service as the guidance names it: the unit a practice enables or disables, at practice level, for a
 * patient, or on a proxy association. The four services of the guidance are constants; a third-party capability
 * may provide its own key (upper case, e.g. {@code "TRAVEL_VACCINATIONS"}).
 *
 * @param key the stable upper-case key stored in service configuration and shown in the patient API
 */
public record CitizenService(String key) {

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** Appointments Management - Citizen (E00305). */
    public static final CitizenService APPOINTMENTS = new CitizenService("APPOINTMENTS");
    /** Prescription ordering (E00327). */
    public static final CitizenService PRESCRIPTIONS = new CitizenService("PRESCRIPTIONS");
    /** Communicate with practice (E00321). */
    public static final CitizenService MESSAGING = new CitizenService("MESSAGING");
    /** View Record. */
    public static final CitizenService RECORD = new CitizenService("RECORD");

    public CitizenService {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    "A citizen service key is 2-40 upper-case letters, digits or '_', starting with a letter: " + key);
        }
    }

    @Override
    public String toString() {
        return key;
    }
}
