package org.citizenservices.prescriptions.internal;

/** A repeat is issued again and again on request; an acute is a one-off, orderable online only if the practice allows. */
public enum CourseType {
    REPEAT, ACUTE
}
