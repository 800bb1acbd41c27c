package org.citizenservices.core.api.domain;

import java.util.Objects;

/**
 * A UK telephone number a practice can call or text, stored in national form without spaces ({@code 07700900123}).
 * Accepts spaces, dashes, brackets and the international prefix {@code +44} (or {@code 0044}).
 */
public record TelephoneNumber(String value) {

    public TelephoneNumber {
        Objects.requireNonNull(value, "telephone number");
        String digits = value.trim().replaceAll("[\\s()-]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        if (digits.startsWith("00")) {
            digits = "invalid";
        }
        // mobiles have 11 digits; a few rural landlines have 10
        if (!digits.matches("07\\d{9}|0[1-689]\\d{8,9}")) {
            throw new InvalidValueException("Enter a UK telephone number, like 01632 960 001 or 07700 900 982.");
        }
        value = digits;
    }

    /** Whether this is a UK mobile number (07…), to which a practice can send text messages. */
    public boolean isMobile() {
        return value.startsWith("07");
    }

    @Override
    public String toString() {
        return value;
    }
}
