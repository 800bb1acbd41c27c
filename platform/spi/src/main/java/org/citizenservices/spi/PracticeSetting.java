package org.citizenservices.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A setting a capability reads from its practice ({@link ServiceAccess#practiceSetting}), declared so that the
 * practice administrator's page shows it in words, with its bounds and its default, and refuses a value outside
 * them before it is stored. Declare the same bounds the capability applies when it reads the value.
 *
 * @param key          the setting's name: the capability id, a dot and a name, e.g. {@code appointments.bookingWindowDays}
 * @param label        what the administrator reads, e.g. "How many days ahead patients can book"
 * @param hint         a line under the field, or null
 * @param kind         a whole number within {@code min}..{@code max}, or yes/no
 * @param defaultValue what the capability uses while the practice has not set it ("28", "true")
 * @since 1.13
 */
public record PracticeSetting(String key, String label, String hint, Kind kind, int min, int max,
                              String defaultValue) {

    public enum Kind {
        NUMBER,
        YES_NO
    }

    public PracticeSetting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (kind == Kind.NUMBER && min > max) {
            throw new IllegalArgumentException("min above max for " + key);
        }
    }

    public static PracticeSetting number(String key, String label, String hint, int min, int max, int defaultValue) {
        return new PracticeSetting(key, label, hint, Kind.NUMBER, min, max, Integer.toString(defaultValue));
    }

    public static PracticeSetting yesNo(String key, String label, String hint, boolean defaultValue) {
        return new PracticeSetting(key, label, hint, Kind.YES_NO, 0, 1, Boolean.toString(defaultValue));
    }

    /** What is wrong with {@code value} for this setting, in the administrator's words; empty when it will do. */
    public Optional<String> problem(String value) {
        String typed = value == null ? "" : value.trim();
        if (kind == Kind.YES_NO) {
            return typed.equals("true") || typed.equals("false") ? Optional.empty()
                    : Optional.of(label + ": choose yes or no.");
        }
        try {
            int number = Integer.parseInt(typed);
            return number >= min && number <= max ? Optional.empty()
                    : Optional.of(label + ": enter a number from " + min + " to " + max + ".");
        } catch (NumberFormatException notANumber) {
            return Optional.of(label + ": enter a whole number from " + min + " to " + max + ".");
        }
    }
}
