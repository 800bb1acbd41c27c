package org.citizenservices.example.internal;

/** The six answers of the NHS Friends and Family Test, in the order the question offers them. */
public enum Rating {
    VERY_GOOD("Very good"),
    GOOD("Good"),
    NEITHER("Neither good nor poor"),
    POOR("Poor"),
    VERY_POOR("Very poor"),
    DONT_KNOW("Don't know");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
