package org.citizenservices.consultations.internal;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of admin request, as the person chooses one. */
public enum AdminType {
    FIT_NOTE("Fit note (sick note)"),
    LETTER("A letter from the practice"),
    TEST_RESULT("A question about a test result"),
    REPEAT_MEDICATION("A question about repeat medication"),
    OTHER("Something else");

    private final String label;

    AdminType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<AdminType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.name().equals(id)).findFirst();
    }
}
