package org.citizenservices.spi;

/**
 * An answer other than success, written by the host as an RFC 9457 problem document with this status and detail.
 * Use the contract's codes: 400 malformed, 404 unknown or not yours, 409 conflict, 422 valid but not allowed.
 *
 * @since 1.2
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;

    public ApiProblem(int status, String title, String detail) {
        super(detail);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("An API problem is a 4xx answer: " + status);
        }
        this.status = status;
        this.title = title;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad request", detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "Conflict", detail);
    }

    public static ApiProblem unprocessable(String detail) {
        return new ApiProblem(422, "Unprocessable request", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
