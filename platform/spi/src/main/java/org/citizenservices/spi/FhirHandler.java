package org.citizenservices.spi;

import java.util.Map;

/**
 * A capability's work behind a {@link FhirRoute}: the resource to answer with, as plain JSON values (a search answers
 * with a {@code searchset} Bundle, see {@link FhirJson#searchset}); throw {@link FhirRefused} (or let a
 * {@link Refused} pass) for an answer other than success.
 *
 * @since 1.14
 */
@FunctionalInterface
public interface FhirHandler {
    Map<String, Object> handle(FhirRequest request);
}
