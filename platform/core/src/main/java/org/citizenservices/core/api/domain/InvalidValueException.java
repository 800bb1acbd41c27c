package org.citizenservices.core.api.domain;

/** A value entered by a person is not valid; the message says why in words they can act on. */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
