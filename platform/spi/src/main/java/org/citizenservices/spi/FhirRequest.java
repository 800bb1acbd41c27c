package org.citizenservices.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One verified GP Connect call as a {@link FhirHandler} sees it: the person and patient, the parameters, and a body
 * the host has already read as FHIR of the route's resource type.
 *
 * @since 1.14
 */
@org.osgi.annotation.versioning.ProviderType
public interface FhirRequest {

    /**
     * The patient the call is about now, with the signed-in person: the {@code patient} path parameter's (our
     * Patient id, or an NHS number where the specification puts one there; checked), else the person's own, until
     * {@link #actFor} moves to another.
     */
    CurrentCitizen citizen();

    /**
     * Moves the call to a patient the person may act for with this capability's service (their own record, or a
     * live proxy association registering the service); empty, changing nothing and audited as denied, otherwise —
     * answer that as not found, so that an id of someone else's says nothing about them.
     */
    Optional<CurrentCitizen> actFor(long patientId);

    /**
     * {@link #actFor} the patient with this NHS number (ten digits) among those the person may act for — for the
     * specifications that name the patient by NHS number ({@code Task?patient=…}, a Task's {@code for}); empty,
     * changing nothing, when there is none or the service is not available for them.
     */
    Optional<CurrentCitizen> actForNhsNumber(String nhsNumber);

    /** A path parameter, e.g. {@code id}. */
    String pathParameter(String name);

    /** Every value of a query parameter in order (e.g. the repeated {@code _include}); empty when not given. */
    List<String> query(String name);

    /** A request header, e.g. {@code If-Match}. */
    Optional<String> header(String name);

    /**
     * The body, read as a resource of the route's type and given as plain JSON values; {@link FhirRefused} 422
     * {@code INVALID_RESOURCE} when there is none, or it is not valid FHIR of that type.
     */
    Map<String, Object> body();

    /** This API's base as the app reached it, e.g. {@code https://host/FHIR/STU3/}, for a Bundle's {@code fullUrl}s. */
    String base();

    /**
     * A path parameter naming a row by its numeric id, e.g. {@code Appointment/{id}}; anything else is not found:
     * {@link FhirRefused#notFound} with {@code notFound} as its message.
     */
    default long pathId(String name, String notFound) {
        try {
            long id = Long.parseLong(pathParameter(name));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as every other id that names nothing
        }
        throw FhirRefused.notFound(notFound);
    }
}
