package org.citizenservices.host.api;

/** Ends a patient API request with a problem document; thrown by the host's own request handling. */
final class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final String retryAfterSeconds;

    ApiException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    ApiException(int status, String title, String detail, String retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad request", detail);
    }

    static ApiException unauthorized(String detail) {
        return new ApiException(401, "Unauthorized", detail);
    }

    static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail);
    }

    static ApiException notFound(String detail) {
        return new ApiException(404, "Not found", detail);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    String retryAfterSeconds() {
        return retryAfterSeconds;
    }

    Problem problem() {
        return Problem.of(status, title, getMessage());
    }
}
