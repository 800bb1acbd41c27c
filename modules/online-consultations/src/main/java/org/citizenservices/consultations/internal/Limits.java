package org.citizenservices.consultations.internal;

/** The lengths the module stores, shared by its columns, its API's bounds and its forms. */
public final class Limits {

    public static final int DESCRIPTION = 2000;
    public static final int SINCE = 200;
    public static final int DETAIL = 1000;
    public static final int PAUSE_REASON = 500;
    public static final int QUESTION = 300;
    public static final int OUTCOME = 2000;

    private Limits() {
    }
}
