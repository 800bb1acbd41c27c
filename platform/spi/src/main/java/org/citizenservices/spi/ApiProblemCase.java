package org.citizenservices.spi;

/**
 * A problem a route's handler may answer with, beyond those the host answers for every route (no session 401, the
 * service not available 403, an unknown patient link 404, and for a route with a body or query parameters 400 and
 * 413). The OpenAPI document lists it under the operation, so that a third-party app knows which refusals to
 * handle; the contract tests fail when a route answers a status it has not declared.
 *
 * @param status a 4xx status, e.g. 409
 * @param when   one line saying when, e.g. "The slot has just been taken"
 * @since 1.15
 */
public record ApiProblemCase(int status, String when) {

    public ApiProblemCase {
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("A problem is a 4xx answer: " + status);
        }
        java.util.Objects.requireNonNull(when, "when");
    }
}
