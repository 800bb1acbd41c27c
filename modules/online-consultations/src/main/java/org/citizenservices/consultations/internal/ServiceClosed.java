package org.citizenservices.consultations.internal;

import org.citizenservices.spi.ApiProblem;

/**
 * The practice is not taking online requests now (outside core hours, or paused for safety). The patient API answers
 * it as 409, type {@code urn:citizen-services:problem:closed}, saying when it opens.
 */
public final class ServiceClosed extends ApiProblem {

    ServiceClosed(String words) {
        super(409, "Closed", words);
    }
}
