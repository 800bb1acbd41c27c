package org.citizenservices.core.api.domain;

import java.util.Locale;
import java.util.Objects;

/** The ODS code of a GP practice: a letter followed by five digits, e.g. {@code A81001}. Stored upper case. */
public record OdsCode(String value) {

    public OdsCode {
        Objects.requireNonNull(value, "ODS code");
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]\\d{5}")) {
            throw new InvalidValueException("A practice code is a letter followed by five digits, like A81001.");
        }
        value = code;
    }

    @Override
    public String toString() {
        return value;
    }
}
