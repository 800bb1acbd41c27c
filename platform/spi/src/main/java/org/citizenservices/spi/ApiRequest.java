package org.citizenservices.spi;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One authenticated patient API call as a handler sees it: who it is for, and its parameters and body already
 * checked by the host. {@link ServiceAccess} answers for this call too, while the handler runs.
 *
 * <p>The typed readers ({@link #pathId}, {@link #queryInt}, {@link #queryBoolean}, {@link #queryChoice}, ...) answer
 * a value that is not of their kind with the contract's problem, so a handler parses nothing by hand.
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
     * empty when it has none or is the JSON literal {@code null} (as generated clients send it); {@link ApiProblem} 400
     * when it is malformed.
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

    /**
     * A path parameter naming one of the capability's rows by its numeric id, e.g. {@code appointmentId}. Anything
     * that is not one (letters, zero, a negative number) is simply not found: {@link ApiProblem} 404 with
     * {@code notFound} as its detail, the same answer as for an id that names no row of this patient.
     *
     * @since 1.8
     */
    default long pathId(String name, String notFound) {
        return id(pathParameter(name), notFound);
    }

    /**
     * An id the call names in its body or path, read as {@link #pathId} reads one: 404 with {@code notFound} unless
     * it is a positive whole number.
     *
     * @since 1.8
     */
    static long id(String value, String notFound) {
        try {
            long id = Long.parseLong(value == null ? "" : value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as every other id that names nothing
        }
        throw ApiProblem.notFound(notFound);
    }

    /**
     * A query parameter as a whole number ({@code offset=20}); {@link ApiProblem} 400 if it is not one.
     *
     * @since 1.8
     */
    default Optional<Integer> queryInt(String name) {
        return queryLong(name).map(value -> {
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw notAWholeNumber(name);
            }
            return value.intValue();
        });
    }

    /**
     * A query parameter as a long whole number, such as the id of a clinician to filter by; {@link ApiProblem} 400 if
     * it is not one (a filter that names nothing is malformed, unlike a path that does).
     *
     * @since 1.8
     */
    default Optional<Long> queryLong(String name) {
        return query(name).map(text -> {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw notAWholeNumber(name);
            }
        });
    }

    /**
     * A query parameter that is {@code true} or {@code false}; {@link ApiProblem} 400 if it is anything else.
     *
     * @since 1.8
     */
    default Optional<Boolean> queryBoolean(String name) {
        return query(name).map(text -> switch (text.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.badRequest("The query parameter '" + name + "' is true or false.");
        });
    }

    /**
     * A query parameter naming one constant of {@code type}, in any case ({@code sort=date}, {@code sort=DATE});
     * {@link ApiProblem} 400, listing the choices, if it names none.
     *
     * @since 1.8
     */
    default <E extends Enum<E>> Optional<E> queryChoice(String name, Class<E> type) {
        return query(name).map(text -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(text.trim())).findFirst()
                .orElseThrow(() -> ApiProblem.badRequest("The query parameter '" + name + "' is one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                        + ".")));
    }

    private static ApiProblem notAWholeNumber(String name) {
        return ApiProblem.badRequest("The query parameter '" + name + "' must be a whole number.");
    }
}
