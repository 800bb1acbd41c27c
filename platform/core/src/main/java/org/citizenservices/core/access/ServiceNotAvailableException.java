package org.citizenservices.core.access;

import org.citizenservices.spi.CitizenService;

/** The service is not available for this patient now; {@link #denial()} says why, for staff and the audit. */
public class ServiceNotAvailableException extends RuntimeException {

    private final CitizenService service;
    private final ServiceAvailability.Denial denial;

    public ServiceNotAvailableException(CitizenService service, ServiceAvailability.Denial denial) {
        super("This service is not available for this person at the moment. Contact your GP practice if you think it should be.");
        this.service = service;
        this.denial = denial;
    }

    public CitizenService service() {
        return service;
    }

    public ServiceAvailability.Denial denial() {
        return denial;
    }
}
