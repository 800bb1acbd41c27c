package org.citizenservices.host.portal.ui;

/**
 * The browser's limit for values the core checks by their shape rather than by a stated length: room for the
 * spaces people type, never more than the core could accept. The browser only stops typing; the core still refuses
 * whatever a crafted request sends.
 */
public final class Lengths {

    /** Ten digits, printed with spaces or dashes: 943 476 5919. */
    public static final int NHS_NUMBER = 12;
    /** At most eight characters stored; room for a doubled space. */
    public static final int POSTCODE = 10;
    /** At most eleven digits stored; room for spaces, brackets and a leading +44. */
    public static final int TELEPHONE = 20;
    /** The USERNAME columns are VARCHAR(60). */
    public static final int USERNAME = 60;

    private Lengths() {
    }
}
