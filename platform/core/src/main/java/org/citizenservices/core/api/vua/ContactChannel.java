package org.citizenservices.core.api.vua;

/** A way a notice can reach a citizen, and so a contact detail they confirm: an email address or a mobile number. */
public enum ContactChannel {
    EMAIL("email address"),
    SMS("mobile number");

    private final String words;

    ContactChannel(String words) {
        this.words = words;
    }

    /** How the citizen calls it: "email address", "mobile number". */
    public String words() {
        return words;
    }
}
