package org.citizenservices.consultations.internal;

import org.citizenservices.spi.ApiProblem;

/**
 * A "yes" on the red-flag screen: the request stops, nothing clinical is stored, and the person is told to call 999 or
 * use NHS 111. The patient API answers it as 422, type {@code urn:citizen-services:problem:urgent-care}.
 */
public final class UrgentCareAdvised extends ApiProblem {

    UrgentCareAdvised(String advice) {
        super(422, "Urgent care", advice);
    }
}
