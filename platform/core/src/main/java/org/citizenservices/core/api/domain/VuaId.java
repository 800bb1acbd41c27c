package org.citizenservices.core.api.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * The account ID of a Verified User Account, unique within its practice and printed on the registration letter,
 * e.g. {@code DEMO100001}: 6 to 12 upper-case letters and digits. Citizens may type it in lower case.
 */
public record VuaId(String value) {

    public VuaId {
        Objects.requireNonNull(value, "account ID");
        String id = value.trim().toUpperCase(Locale.ROOT);
        if (!id.matches("[A-Z0-9]{6,12}")) {
            throw new InvalidValueException("An account ID is 6 to 12 letters and numbers, as on your registration letter.");
        }
        value = id;
    }

    @Override
    public String toString() {
        return value;
    }
}
