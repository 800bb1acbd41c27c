package org.citizenservices.spi;

/** The methods a patient API route may use. @since 1.2 */
public enum HttpMethod {
    GET,
    POST,
    PUT,
    DELETE
}
