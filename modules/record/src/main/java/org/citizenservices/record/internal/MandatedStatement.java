package org.citizenservices.record.internal;

/** The sentence the guidance requires on every record access, verbatim. */
public final class MandatedStatement {

    public static final String TEXT = "This is a limited view of the Patient Record and may not include any free text. "
            + "Information that is considered to be sensitive or that existed before the creation of this service may "
            + "not be available for viewing online.";

    private MandatedStatement() {
    }
}
