package org.citizenservices.spi;

/**
 * The citizen may not use the service for the patient now (or nobody is signed in). Its message is safe to show;
 * the real reason is already in the audit trail.
 */
public class ServiceNotAvailableException extends RuntimeException {

    private final CitizenService service;

    public ServiceNotAvailableException(CitizenService service, String message) {
        super(message);
        this.service = service;
    }

    public CitizenService service() {
        return service;
    }
}
