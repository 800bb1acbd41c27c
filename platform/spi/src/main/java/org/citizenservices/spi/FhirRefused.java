package org.citizenservices.spi;

import java.util.Objects;

/**
 * A FHIR call a capability refuses, answered by the host as an OperationOutcome with the GP Connect (Spine) error
 * code, the FHIR issue type and this message as its diagnostics. A {@link Refused} or {@link ApiProblem} a capability's
 * service throws is answered too, its status mapped to the nearest Spine code; throw this one where the
 * specification names a code of its own (e.g. {@code DUPLICATE_REJECTED}, {@code INVALID_RESOURCE}).
 *
 * @since 1.14
 */
public class FhirRefused extends RuntimeException {

    private final int status;
    private final String code;
    private final String issueType;

    /**
     * @param status    4xx
     * @param code      the Spine error code, e.g. {@code NO_RECORD_FOUND}
     * @param issueType the OperationOutcome issue type, e.g. {@code not-found}, {@code invalid}, {@code conflict}
     * @param message   safe to show the app and its user; never clinical text
     */
    public FhirRefused(int status, String code, String issueType, String message) {
        super(message);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("A FHIR refusal is a 4xx answer: " + status);
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.issueType = Objects.requireNonNull(issueType, "issueType");
    }

    /** 404 {@code NO_RECORD_FOUND}: nothing of that id for this person — the same answer whether unknown or not theirs. */
    public static FhirRefused notFound(String message) {
        return new FhirRefused(404, "NO_RECORD_FOUND", "not-found", message);
    }

    /** 400 {@code BAD_REQUEST}: a parameter or header that cannot be read. */
    public static FhirRefused badRequest(String message) {
        return new FhirRefused(400, "BAD_REQUEST", "invalid", message);
    }

    /** 422 {@code INVALID_RESOURCE}: a body that is FHIR but not what this call takes. */
    public static FhirRefused invalidResource(String message) {
        return new FhirRefused(422, "INVALID_RESOURCE", "invalid", message);
    }

    /** 409 {@code DUPLICATE_REJECTED}: what is asked for has been taken or done already. */
    public static FhirRefused duplicate(String message) {
        return new FhirRefused(409, "DUPLICATE_REJECTED", "duplicate", message);
    }

    /** 409 {@code CONFLICT}: the resource has changed since the caller read it ({@code If-Match} does not match). */
    public static FhirRefused versionConflict(String message) {
        return new FhirRefused(409, "CONFLICT", "conflict", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String issueType() {
        return issueType;
    }
}
