package org.citizenservices.core.api.service;

/**
 * Nothing with that identifier exists for the caller. Also what a practice user gets for another practice's
 * patient or account: its existence is not revealed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
