package org.citizenservices.core.api.domain;

/** A person's name as the practice holds it; forenames and family name are required. */
public record PersonName(String title, String forenames, String familyName) {

    /** TITLE is VARCHAR(20), FORENAMES and FAMILY_NAME VARCHAR(100). */
    public static final int MAX_TITLE = 20;
    public static final int MAX_NAME = 100;

    public PersonName {
        title = blankToNull(title);
        forenames = required(forenames, "Enter the forenames.");
        familyName = required(familyName, "Enter the family name.");
        if (title != null && title.length() > MAX_TITLE) {
            throw new InvalidValueException("A title is at most 20 characters.");
        }
    }

    /** "Jane Demo" */
    public String display() {
        return forenames + " " + familyName;
    }

    private static String required(String value, String message) {
        String trimmed = blankToNull(value);
        if (trimmed == null) {
            throw new InvalidValueException(message);
        }
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidValueException("A name is at most 100 characters.");
        }
        return trimmed;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
