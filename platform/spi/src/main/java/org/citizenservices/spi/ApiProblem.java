package org.citizenservices.spi;

import java.util.function.Supplier;

/**
 * An answer other than success, written by the host as an RFC 9457 problem document with this status and detail.
 * Use the contract's codes: 400 malformed, 404 unknown or not yours, 409 conflict, 422 valid but not allowed. A
 * capability's own refusals are {@link Refused}, an {@code ApiProblem} too.
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

    /**
     * Runs a handler's call of its capability's service: a {@link Refused} passes as the problem it is, and an
     * {@link IllegalArgumentException} (input the service checked and rejected, its message written for the reader)
     * becomes 400. Anything else is a fault, answered 500 by the host.
     *
     * @since 1.8
     */
    public static <T> T answering(Supplier<T> work) {
        try {
            return work.get();
        } catch (ApiProblem problem) {
            throw problem;
        } catch (IllegalArgumentException invalid) {
            throw badRequest(invalid.getMessage());
        }
    }

    /**
     * {@link #answering(Supplier)} for a call that returns nothing.
     *
     * @since 1.8
     */
    public static void answering(Runnable work) {
        answering(() -> {
            work.run();
            return null;
        });
    }

    /**
     * The title a problem of this status carries when nothing more particular is said.
     *
     * @since 1.8
     */
    public static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable request";
            default -> "Refused";
        };
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
