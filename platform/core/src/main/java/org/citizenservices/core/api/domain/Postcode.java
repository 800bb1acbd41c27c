package org.citizenservices.core.api.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A UK postcode, stored upper case with one space before the inward code: {@code ls1 4ap} → {@code LS1 4AP}.
 * Checks the format (outward code A9, A99, AA9, AA99, A9A or AA9A; inward code 9AA), not that the postcode exists.
 */
public record Postcode(String value) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{1,2}\\d[A-Z\\d]?) ?(\\d[A-Z]{2})");

    public Postcode {
        Objects.requireNonNull(value, "postcode");
        String compact = value.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        var match = FORMAT.matcher(compact);
        if (!match.matches()) {
            throw new InvalidValueException("Enter a real postcode, like LS1 4AP.");
        }
        value = match.group(1) + " " + match.group(2);
    }

    @Override
    public String toString() {
        return value;
    }
}
