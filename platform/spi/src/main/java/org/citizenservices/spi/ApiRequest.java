package org.citizenservices.spi;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One authenticated patient API call as a handler sees it: who it is for, and its parameters and body already
 * checked by the host. {@link ServiceAccess} answers for this call too, while the handler runs.
 *
 * @since 1.2
 */
@org.osgi.annotation.versioning.ProviderType
public interface ApiRequest {

    /** The citizen and the patient of the patient link the call names; the service check has passed. */
    CurrentCitizen citizen();

    /** A path parameter, e.g. {@code appointmentId}. */
    String pathParameter(String name);

    /** A query parameter, if given. */
    Optional<String> query(String name);

    /** A query parameter as a date ({@code 2026-12-01}); throws {@link ApiProblem} 400 if it is not one. */
    Optional<LocalDate> queryDate(String name);

    /**
     * The JSON body read as {@code type}; throws {@link ApiProblem} 400 when it is missing, malformed, of the wrong
     * types or names an unknown enum value.
     */
    <T> T body(Class<T> type);

    /**
     * The JSON body read as {@code type} when the request has one (e.g. an optional reason on a {@code DELETE});
     * empty when it has none; {@link ApiProblem} 400 when it is malformed.
     *
     * @since 1.3
     */
    <T> Optional<T> optionalBody(Class<T> type);

    /**
     * The uploaded file of a route whose request body is {@link ApiUpload}; an {@link ApiProblem} (400) when the
     * request carries none.
     *
     * @since 1.4
     */
    ApiUpload upload();
}
