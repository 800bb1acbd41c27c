package org.citizenservices.core.api.service;

/** The request is well-formed but a rule of the guidance forbids it now (e.g. a second SELF association). */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
