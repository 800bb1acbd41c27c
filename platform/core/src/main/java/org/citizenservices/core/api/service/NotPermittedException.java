package org.citizenservices.core.api.service;

/** The caller is signed in but their role does not allow this; the message says which role does. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
