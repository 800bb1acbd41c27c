package org.citizenservices.spi;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A route of the patient API that a capability serves for third-party citizen apps, under
 * {@code /api/v1/patients/{patientLinkId}/}. The host authenticates the app's session, resolves the patient link,
 * checks that the capability's service is available for that patient now, parses the JSON body (at most 64 KiB),
 * writes the result as JSON, turns {@link ApiProblem}s into problem documents and audits the call; the handler only
 * does the capability's own work. Declared routes also make up the capability's part of {@code /api/v1/openapi.json}.
 *
 * @param method          HTTP method
 * @param path            path below the patient, without leading slash; path parameters in braces, e.g.
 *                        {@code "appointments/{appointmentId}"}
 * @param summary         one line for the OpenAPI document
 * @param auditAction     upper-case code the host audits the call under, e.g. {@code APPOINTMENT_SLOTS_VIEWED}
 * @param requestBody     the type the JSON body is read as (a record), or {@code null} for none
 * @param responseBody    the type the handler returns (a record), or {@code null} for an empty response
 * @param successStatus   200, 201 or 204
 * @param queryParameters documented query parameters
 * @param handler         the work
 * @param operationId     the operation's name in the OpenAPI document, which generated clients name their methods
 *                        after (e.g. {@code bookAppointment}); by default made from the method and path (since 1.15)
 * @param problems        the 4xx answers the handler may give beyond the host's own (since 1.15)
 * @param fileTypes       for a route answering an {@link ApiFile}, the media types it may have, as the document
 *                        declares them; empty: any (since 1.17)
 * @since 1.2
 */
public record ApiRoute(HttpMethod method, String path, String summary, String auditAction, Class<?> requestBody,
                       Class<?> responseBody, int successStatus, List<ApiParameter> queryParameters,
                       ApiHandler handler, String operationId, List<ApiProblemCase> problems,
                       List<String> fileTypes) {

    /** Lower-case words and {parameters}; since 1.18 a word may end in a file extension ({@code calendar.ics}). */
    private static final Pattern PATH = Pattern.compile(
            "[a-z][a-z0-9-]*(/([a-z][a-z0-9-]*(\\.[a-z0-9]+)?|\\{[a-z][A-Za-z0-9]*\\}))*");
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]{1,59}");

    public ApiRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(auditAction, "auditAction");
        Objects.requireNonNull(handler, "handler");
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("An API path is lower-case words (after the first, one may end in a"
                    + " file extension such as .ics) and {parameters} separated by '/', without a leading slash: "
                    + path);
        }
        if (!ACTION.matcher(auditAction).matches()) {
            throw new IllegalArgumentException("An audit action is an upper-case code: " + auditAction);
        }
        if (successStatus != 200 && successStatus != 201 && successStatus != 204) {
            throw new IllegalArgumentException("A success status is 200, 201 or 204: " + successStatus);
        }
        if ((successStatus == 204) != (responseBody == null)) {
            throw new IllegalArgumentException("204 and only 204 has no response body: " + path);
        }
        queryParameters = List.copyOf(queryParameters);
        if (operationId == null) {
            operationId = defaultOperationId(method, path);
        }
        if (!OPERATION_ID.matcher(operationId).matches()) {
            throw new IllegalArgumentException("An operation id is a lowerCamelCase word: " + operationId);
        }
        problems = List.copyOf(problems);
        fileTypes = List.copyOf(fileTypes);
        if (!fileTypes.isEmpty() && responseBody != ApiFile.class) {
            throw new IllegalArgumentException("Only a route answering a file declares its media types: " + path);
        }
    }

    /** A route with the file types of any file it answers left open (as before 1.17). */
    public ApiRoute(HttpMethod method, String path, String summary, String auditAction, Class<?> requestBody,
                    Class<?> responseBody, int successStatus, List<ApiParameter> queryParameters,
                    ApiHandler handler, String operationId, List<ApiProblemCase> problems) {
        this(method, path, summary, auditAction, requestBody, responseBody, successStatus, queryParameters, handler,
                operationId, problems, List.of());
    }

    /** A route named after its method and path, with no problems of its own declared (as before 1.15). */
    public ApiRoute(HttpMethod method, String path, String summary, String auditAction, Class<?> requestBody,
                    Class<?> responseBody, int successStatus, List<ApiParameter> queryParameters,
                    ApiHandler handler) {
        this(method, path, summary, auditAction, requestBody, responseBody, successStatus, queryParameters, handler,
                null, List.of(), List.of());
    }

    /** {@code GET} answering 200 with {@code response}. */
    public static ApiRoute get(String path, String summary, String auditAction, Class<?> response,
                               ApiHandler handler) {
        return new ApiRoute(HttpMethod.GET, path, summary, auditAction, null, response, 200, List.of(), handler);
    }

    /** {@code POST} reading {@code request} and answering 201 with {@code response}. */
    public static ApiRoute post(String path, String summary, String auditAction, Class<?> request,
                                Class<?> response, ApiHandler handler) {
        return new ApiRoute(HttpMethod.POST, path, summary, auditAction, request, response, 201, List.of(), handler);
    }

    /** {@code PUT} reading {@code request} and answering 200 with {@code response}. */
    public static ApiRoute put(String path, String summary, String auditAction, Class<?> request,
                               Class<?> response, ApiHandler handler) {
        return new ApiRoute(HttpMethod.PUT, path, summary, auditAction, request, response, 200, List.of(), handler);
    }

    /** {@code DELETE} with an optional {@code request} body, answering 204. */
    public static ApiRoute delete(String path, String summary, String auditAction, Class<?> request,
                                  ApiHandler handler) {
        return new ApiRoute(HttpMethod.DELETE, path, summary, auditAction, request, null, 204, List.of(), handler);
    }

    /** The same route with these query parameters documented. */
    public ApiRoute withQuery(ApiParameter... parameters) {
        return new ApiRoute(method, path, summary, auditAction, requestBody, responseBody, successStatus,
                List.of(parameters), handler, operationId, problems, fileTypes);
    }

    /**
     * The same route under this operation id, e.g. {@code bookAppointment}.
     *
     * @since 1.15
     */
    public ApiRoute named(String id) {
        return new ApiRoute(method, path, summary, auditAction, requestBody, responseBody, successStatus,
                queryParameters, handler, id, problems, fileTypes);
    }

    /**
     * The same route, declaring that its handler may answer {@code status} — e.g.
     * {@code .answers(409, "The slot has just been taken")}.
     *
     * @since 1.15
     */
    public ApiRoute answers(int status, String when) {
        List<ApiProblemCase> more = new java.util.ArrayList<>(problems);
        more.add(new ApiProblemCase(status, when));
        return new ApiRoute(method, path, summary, auditAction, requestBody, responseBody, successStatus,
                queryParameters, handler, operationId, more, fileTypes);
    }

    /**
     * The same route, declaring the media types of the file it answers — e.g. {@code .files("application/pdf",
     * "application/fhir+json")} — so that the document says what an app receives (a JSON type as an object, any
     * other as binary) and a validator reads each as what it is.
     *
     * @since 1.17
     */
    public ApiRoute files(String... mediaTypes) {
        return new ApiRoute(method, path, summary, auditAction, requestBody, responseBody, successStatus,
                queryParameters, handler, operationId, problems, List.of(mediaTypes));
    }

    /** {@code GET appointments/{appointmentId}} → {@code getAppointmentsAppointmentId}. */
    private static String defaultOperationId(HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(java.util.Locale.ROOT));
        for (String word : path.split("[/{}.-]+")) {
            if (!word.isEmpty()) {
                id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return id.toString();
    }

    /** The names of the path's parameters, in order. */
    public List<String> pathParameters() {
        return java.util.Arrays.stream(path.split("/")).filter(s -> s.startsWith("{"))
                .map(s -> s.substring(1, s.length() - 1)).toList();
    }
}
