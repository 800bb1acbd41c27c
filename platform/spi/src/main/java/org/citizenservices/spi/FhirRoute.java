package org.citizenservices.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A route of the GP Connect (Patient Facing) FHIR API that a capability serves for the NHS App and other apps whose
 * user signed in with NHS login, below {@code /FHIR/STU3/} or {@code /FHIR/R4/}. The host verifies the NHS login
 * token and opens that person's account, finds the patient (below), reads and checks the body as FHIR of the route's
 * resource type, writes the answer as FHIR JSON (with {@code ETag} and, for a create, {@code Location} from its
 * {@code meta.versionId}), turns refusals into OperationOutcomes and audits the call. The capability is listed in
 * {@code metadata}, and its routes answer, exactly while it is installed.
 *
 * <p>The patient: a path parameter named {@code patient} ({@code Patient/{patient}/Appointment}) names them, and the
 * host checks that the person may act for them with this capability's service before the handler runs (403
 * otherwise). Any other route starts with the person's own record; a handler that finds the patient in what it reads
 * (an appointment's, a booking's participant) moves to them with {@link FhirRequest#actFor}. Either way
 * {@link ServiceAccess} answers for that patient while the handler runs, so the capability's own services check
 * access exactly as they do for a page or the patient API.
 *
 * @param method       GET, POST or PUT
 * @param release      the FHIR release and base
 * @param path         below the base, without leading slash: resource types and {parameters}, e.g.
 *                     {@code "Appointment/{id}"}, {@code "Patient/{patient}/Appointment"}, after one lower-case
 *                     prefix where a specification has one ({@code "documents/Binary/{id}"})
 * @param resourceType the type answered (searched, read, created, updated), for {@code metadata} and the body check
 * @param interaction  what the route does to it
 * @param auditAction  upper-case code the host audits the call under, e.g. {@code FHIR_SLOTS_SEARCHED}
 * @param handler      the work
 * @since 1.14
 */
public record FhirRoute(HttpMethod method, FhirRelease release, String path, String resourceType,
                        FhirInteraction interaction, String auditAction, FhirHandler handler) {

    private static final Pattern PATH = Pattern.compile(
            "([a-z]+/)?[A-Z][A-Za-z]*(/([A-Z][A-Za-z]*|\\{[a-z][A-Za-z0-9]*\\}))*");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z]*");
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

    public FhirRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(handler, "handler");
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("A FHIR path is resource types and {parameters} separated by '/', "
                    + "without a leading slash: " + path);
        }
        if (resourceType == null || !TYPE.matcher(resourceType).matches()) {
            throw new IllegalArgumentException("A resource type is a FHIR type name: " + resourceType);
        }
        if (auditAction == null || !ACTION.matcher(auditAction).matches()) {
            throw new IllegalArgumentException("An audit action is an upper-case code: " + auditAction);
        }
        if (method == HttpMethod.DELETE) {
            throw new IllegalArgumentException("GP Connect cancels by update, not DELETE: " + path);
        }
    }

    /** A GP Connect STU3 route. */
    public static FhirRoute stu3(HttpMethod method, String path, String resourceType, FhirInteraction interaction,
                                 String auditAction, FhirHandler handler) {
        return new FhirRoute(method, FhirRelease.STU3, path, resourceType, interaction, auditAction, handler);
    }

    /** The success status: 201 for a create, 200 otherwise. */
    public int successStatus() {
        return interaction == FhirInteraction.CREATE ? 201 : 200;
    }

    /** The names of the path's parameters, in order. */
    public java.util.List<String> pathParameters() {
        return java.util.Arrays.stream(path.split("/")).filter(s -> s.startsWith("{"))
                .map(s -> s.substring(1, s.length() - 1)).toList();
    }
}
