package org.citizenservices.spi;

/**
 * The capability's work behind an {@link ApiRoute}: return the response object (written as JSON), or {@code null}
 * for 204; throw {@link ApiProblem} for an answer other than success.
 *
 * @since 1.2
 */
@FunctionalInterface
public interface ApiHandler {
    Object handle(ApiRequest request);
}
