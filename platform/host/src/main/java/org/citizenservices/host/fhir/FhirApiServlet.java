package org.citizenservices.host.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citizenservices.core.Core;
import org.citizenservices.host.nhslogin.NhsLogin;
import org.citizenservices.spi.FhirRelease;
import org.citizenservices.spi.HttpMethod;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The GP Connect (Patient Facing) FHIR API, {@code /FHIR/STU3/} and {@code /FHIR/R4/}, for the NHS App and other apps
 * whose user signed in with NHS login: {@code metadata} for anyone; everything else for the person a verified P9
 * token speaks for ({@link FhirCallers}) — the host's Patient, Organization and structured record
 * ({@link HostResources}), and the routes of the installed capabilities ({@link FhirRouteTable},
 * {@link CapabilityCalls}). Every refusal is an OperationOutcome ({@link FhirProblem}); a fault is a 500 with a
 * reference to the log, never a stack trace.
 */
public final class FhirApiServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(FhirApiServlet.class);
    static final String FHIR_JSON = "application/fhir+json;charset=utf-8";
    static final int MAX_REQUEST_BYTES = 64 * 1024;

    private final Supplier<Core> core;
    private final FhirCallers callers;
    private final GpConnectBook book;
    private final HostResources host;
    private final CapabilityCalls capabilities;

    public FhirApiServlet(Supplier<Core> core, Supplier<Optional<NhsLogin>> nhsLogin, GpConnectBook book,
                          Clock clock) {
        this.core = core;
        this.callers = new FhirCallers(core, nhsLogin, clock);
        this.book = book;
        this.capabilities = new CapabilityCalls(core);
        this.host = new HostResources(core, book.sections(), capabilities);
    }

    /** GP Connect User Permissions, served beside this API with the same check of the token. */
    public HttpServlet userPermissions() {
        return new UserPermissionsServlet(core, callers);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        FhirRelease release = "/R4".equals(request.getServletPath()) ? FhirRelease.R4 : FhirRelease.STU3;
        String requestId = echoRequestIds(request, response);
        try {
            HttpMethod method = method(request.getMethod());
            if (method == HttpMethod.GET && "/metadata".equals(path)) {
                write(response, 200, FhirCapabilities.statement(release, book), null);
                return;
            }
            FhirCaller caller = callers.of(request.getHeader("Authorization"));
            String relative = path.startsWith("/") ? path.substring(1) : path;
            Optional<FhirRouteTable.Match> match = book.routes().match(release, method, relative);
            if (match.isPresent()) {
                CapabilityCalls.Answer answer = capabilities.route(match.get(), caller, request, () -> body(request),
                        base(request));
                write(response, answer.status(), answer.resource(), base(request));
            } else if (release == FhirRelease.STU3) {
                write(response, 200, host.answer(method, relative, caller, request, () -> body(request),
                        requestId, base(request)), null);
            } else {
                throw FhirProblem.notFound("NO_RECORD_FOUND", "There is no " + method + " " + path + " here; GET "
                        + "metadata lists what there is.");
            }
        } catch (FhirProblem problem) {
            if (problem.status() == 401) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"GP Connect\", error=\"invalid_token\"");
            }
            write(response, problem.status(), FhirProblem.inRelease(problem.outcome(), release), null);
        } catch (RuntimeException fault) {
            String reference = UUID.randomUUID().toString();
            LOG.error("FHIR API fault {} on {} {}", reference, request.getMethod(), path, fault);
            write(response, 500, FhirProblem.inRelease(FhirProblem.outcome("INTERNAL_SERVER_ERROR",
                    OperationOutcome.IssueType.EXCEPTION, "Something went wrong here; quote reference " + reference
                            + "."), release), null);
        }
    }

    private static HttpMethod method(String name) {
        try {
            return HttpMethod.valueOf(name);
        } catch (IllegalArgumentException other) {
            throw new FhirProblem(405, "BAD_REQUEST", OperationOutcome.IssueType.NOTSUPPORTED,
                    "This API answers GET, POST and PUT.");
        }
    }

    /** This API's address as the client reached it, e.g. {@code https://host/FHIR/STU3/}. */
    private static String base(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        return url.substring(0, url.length() - path.length()) + (url.endsWith("/") && path.isEmpty() ? "" : "/");
    }

    /**
     * The consumer's {@code X-Request-ID} when it is a UUID, as the specifications ask, else one of ours, echoed with
     * the {@code X-Correlation-ID}; returns the request id.
     */
    static String echoRequestIds(HttpServletRequest request, HttpServletResponse response) {
        String given = request.getHeader("X-Request-ID");
        String requestId = given != null && given.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                + "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}") ? given : UUID.randomUUID().toString();
        response.setHeader("X-Request-ID", requestId);
        String correlation = request.getHeader("X-Correlation-ID");
        if (correlation != null && correlation.length() <= 100) {
            response.setHeader("X-Correlation-ID", correlation);
        }
        return requestId;
    }

    private static String body(HttpServletRequest request) {
        try {
            byte[] read = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
            if (read.length > MAX_REQUEST_BYTES) {
                org.citizenservices.host.api.ApiWire.drain(request.getInputStream(), request.getContentLengthLong());
                throw new FhirProblem(422, "INVALID_RESOURCE", OperationOutcome.IssueType.TOOLONG,
                        "The request body is larger than " + MAX_REQUEST_BYTES + " bytes.");
            }
            return new String(read, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * Writes a resource in its own release; one with a version gets it as {@code ETag}, and a created one its
     * {@code Location}.
     */
    static void write(HttpServletResponse response, int status, IBaseResource resource, String base)
            throws IOException {
        FhirContext fhir = FhirContext.forCached(resource.getStructureFhirVersionEnum());
        byte[] body = fhir.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
        String version = resource.getMeta() == null ? null : resource.getMeta().getVersionId();
        if (version != null && base != null) {
            response.setHeader("ETag", "W/\"" + version + "\"");
        }
        if (status == 201 && base != null) {
            response.setHeader("Location", base + fhir.getResourceType(resource) + "/"
                    + resource.getIdElement().getIdPart() + (version == null ? "" : "/_history/" + version));
        }
        response.setStatus(status);
        response.setContentType(FHIR_JSON);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
