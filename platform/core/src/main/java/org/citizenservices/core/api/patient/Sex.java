package org.citizenservices.core.api.patient;

/** Administrative sex as held on the practice register. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
