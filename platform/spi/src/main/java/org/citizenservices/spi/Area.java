package org.citizenservices.spi;

/** Which part of the portal a view belongs to. */
public enum Area {
    /** Pages a patient, or a proxy acting for one, uses. Routes are conventionally unprefixed, e.g. {@code appointments}. */
    CITIZEN,
    /** Pages practice staff use. Routes are conventionally prefixed {@code practice/}. */
    PRACTICE
}
