package org.citizenservices.core.api.domain;

import java.util.Objects;

/**
 * A patient's NHS number: ten digits whose last is a Modulus 11 check digit over the first nine (weights 10 to 2;
 * check = 11 − (sum mod 11), 11 becomes 0, 10 means the number is invalid). Accepts the usual spaced form
 * ({@code 999 000 0018}) and stores the bare digits. The 999 range is reserved for test data.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        Objects.requireNonNull(value, "NHS number");
        String digits = value.replace(" ", "").replace("-", "");
        if (!digits.matches("\\d{10}")) {
            throw new InvalidValueException("An NHS number is 10 digits, like 943 476 5919.");
        }
        if (checkDigit(digits) != digits.charAt(9) - '0') {
            throw new InvalidValueException("This is not a valid NHS number. Check it and try again.");
        }
        value = digits;
    }

    /** The check digit the first nine digits call for, or -1 when no check digit can make them valid. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /**
     * The first valid NHS number whose first nine digits are {@code prefix} followed by a serial at or after
     * {@code serial}, e.g. {@code firstFrom("99900", 7)} → 999 000 0073 (demo and test data use the 999 range).
     */
    public static NhsNumber firstFrom(String prefix, int serial) {
        int width = 9 - prefix.length();
        for (int n = serial; ; n++) {
            String nine = prefix + String.format("%0" + width + "d", n);
            int check = checkDigit(nine);
            if (check >= 0) {
                return new NhsNumber(nine + check);
            }
        }
    }

    /** Whether this number lies in the range reserved for test and demo data. */
    public boolean isTestNumber() {
        return value.startsWith("999");
    }

    /** The form people read: {@code 999 000 0018}. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
