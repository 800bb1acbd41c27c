package org.citizenservices.appointments.internal;

import org.citizenservices.spi.Texts;

import java.util.regex.Pattern;

/** The telephone number a patient leaves for a telephone appointment's call-back. */
final class CallBackNumbers {

    private static final Pattern TELEPHONE = Pattern.compile("\\+?[0-9 ()-]{7,20}");

    private CallBackNumbers() {
    }

    /** A UK-style telephone number, or null when none was given. */
    static String check(String number) {
        String value = Texts.optional(number, 20, "The telephone number");
        if (value != null && !TELEPHONE.matcher(value).matches()) {
            throw new IllegalArgumentException("Enter a telephone number, like 01632 960 001.");
        }
        return value;
    }
}
