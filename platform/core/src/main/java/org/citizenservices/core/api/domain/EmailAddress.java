package org.citizenservices.core.api.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address used to contact a citizen. Checked for the shape a practice can send to (one {@code @}, a dotted
 * domain, no spaces, at most 254 characters); whether it reaches anyone is for verification, not validation.
 * The domain is stored lower case.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public EmailAddress {
        Objects.requireNonNull(value, "email address");
        String email = value.trim();
        if (email.length() > MAX_LENGTH || !SHAPE.matcher(email).matches() || email.contains("..")) {
            throw new InvalidValueException("Enter an email address in the correct format, like name@example.com.");
        }
        int at = email.lastIndexOf('@');
        value = email.substring(0, at) + "@" + email.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
