package org.citizenservices.host.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citizenservices.core.Core;
import org.citizenservices.core.access.AccessDecisions;
import org.citizenservices.core.access.ServiceAvailability;
import org.citizenservices.core.audit.ActingAs;
import org.citizenservices.core.audit.Outcome;
import org.citizenservices.core.domain.InvalidValueException;
import org.citizenservices.core.patient.Patient;
import org.citizenservices.core.practice.PracticeServices;
import org.citizenservices.core.service.SignInFailedException;
import org.citizenservices.core.service.SignedInCitizen;
import org.citizenservices.core.vua.AccessIdentityRefused;
import org.citizenservices.core.vua.ActingFor;
import org.citizenservices.core.vua.AppLink;
import org.citizenservices.core.vua.LinkageDetails;
import org.citizenservices.host.portal.security.PortalServiceAccess;
import org.citizenservices.spi.ApiFile;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.ApiUpload;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.HttpMethod;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The patient API for third-party citizen apps, {@code /api/v1/*}: linkage and sessions (the host's), and the routes
 * of the installed capabilities under {@code /patients/{patientLinkId}/}. Everything an app gets wrong ends in a
 * problem document with the contract's status and nothing stored; a fault of ours is a 500 with a reference that is
 * also in the log, never a stack trace.
 */
public final class PatientApiServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(PatientApiServlet.class);
    static final int MAX_BODY = 64 * 1024;
    /** An upload's whole request: the file and the multipart framing around it. */
    static final long MAX_UPLOAD_REQUEST = ApiUpload.MAX_BYTES + 64 * 1024;

    /** What the servlet container must be told so that {@code getPart} reads uploads (kept in memory below 1 MiB). */
    public static jakarta.servlet.MultipartConfigElement multipartConfig() {
        return new jakarta.servlet.MultipartConfigElement(null, ApiUpload.MAX_BYTES, MAX_UPLOAD_REQUEST, 1024 * 1024);
    }
    private static final String JSON = "application/json; charset=utf-8";
    private static final String PROBLEM = "application/problem+json; charset=utf-8";

    private final Supplier<Core> core;
    private final ApiRouteTable routes;
    private final Supplier<Map<CitizenService, String>> installed;
    private final ApiSessions sessions;
    private final RateLimiter credentialAttempts;
    private final ObjectMapper json = ApiJson.newMapper();
    private final OpenApiDocument openApi = new OpenApiDocument(json);

    /**
     * {@code sharedDatabase}: other nodes serve the same API from the same database, so sessions and credential
     * attempts are kept in it rather than in this node's memory.
     */
    public PatientApiServlet(Supplier<Core> core, ApiRouteTable routes, Supplier<Map<CitizenService, String>> installed,
                             Clock clock, int credentialAttemptsPerMinute, boolean sharedDatabase) {
        this.core = core;
        this.routes = routes;
        this.installed = installed;
        RateLimiter.Rate rate = new RateLimiter.Rate(credentialAttemptsPerMinute,
                Math.max(5, credentialAttemptsPerMinute / 3));
        if (sharedDatabase) {
            this.sessions = new SharedApiSessions(() -> core.get().transactions(), clock);
            this.credentialAttempts = new SharedRateLimiter(rate, () -> core.get().transactions(), clock);
        } else {
            this.sessions = new LocalApiSessions(clock);
            this.credentialAttempts = new LocalRateLimiter(rate, clock);
        }
    }

    /** Ends the sessions of an account whose linkage was revoked; called by the core's revocation notice. */
    public void revoked(long vuaId) {
        sessions.revoke(vuaId, core.get().citizens()::isCurrent);
    }

    /** Drops expired sessions and idle rate buckets; called every minute. */
    public void sweep() {
        sessions.sweep();
        credentialAttempts.sweep();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            HttpMethod method = method(request.getMethod());
            route(method, path, request, response);
        } catch (ApiException e) {
            if (e.retryAfterSeconds() != null) {
                response.setHeader("Retry-After", e.retryAfterSeconds());
            }
            finishReading(request, response);
            problem(response, e.problem());
        } catch (ApiProblem e) {
            finishReading(request, response);
            problem(response, Problem.of(e.status(), e.title(), e.getMessage()));
        } catch (org.citizenservices.core.audit.AuditUnavailableException e) {
            // the call could not be audited, so it was not carried out: a retry-later, never data unaudited
            LOG.warn("Patient API {} {} refused: {}", request.getMethod(), path, e.getMessage());
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            finishReading(request, response);
            problem(response, Problem.of(503, "Service unavailable", "This request could not be recorded in the"
                    + " audit trail, so it was not carried out. Please try again shortly."));
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Patient API {} {} failed, reference {}", request.getMethod(), path, reference, e);
            problem(response, Problem.of(500, "Internal error",
                    "Something went wrong on our side. Quote reference " + reference + " if you contact support."));
        }
    }

    /**
     * An answer given before the body was read (429, 401, 413) must not leave the body in the connection: the
     * client would reuse it and read garbage. A small body is read away; a large one closes the connection.
     */
    private static void finishReading(HttpServletRequest request, HttpServletResponse response) {
        try {
            InputStream in = request.getInputStream();
            if (in.readNBytes(MAX_BODY + 1).length > MAX_BODY) {
                response.setHeader("Connection", "close");
            }
        } catch (IOException | IllegalStateException alreadyReadOrGone) {
            response.setHeader("Connection", "close");
        }
    }

    private static HttpMethod method(String name) {
        try {
            return HttpMethod.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ApiException(405, "Method not allowed", "This API answers GET, POST, PUT and DELETE.");
        }
    }

    private void route(HttpMethod method, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        switch (path) {
            case "/openapi.json" -> {
                only(method, HttpMethod.GET);
                write(response, 200, json, openApi.build(routes.groups()));
            }
            case "/linkages" -> {
                only(method, HttpMethod.POST);
                link(request, response);
            }
            case "/sessions" -> {
                only(method, HttpMethod.POST);
                openSession(request, response);
            }
            case "/sessions/current" -> {
                only(method, HttpMethod.DELETE);
                String token = bearer(request);
                session(token);
                sessions.end(token);
                response.setStatus(204);
            }
            default -> {
                if (path.startsWith("/patients/")) {
                    patientCall(method, path.substring("/patients/".length()), request, response);
                } else {
                    throw ApiException.notFound("There is no such resource.");
                }
            }
        }
    }

    private static void only(HttpMethod method, HttpMethod allowed) {
        if (method != allowed) {
            throw new ApiException(405, "Method not allowed", "Use " + allowed + " here.");
        }
    }

    // ---- linkage and sessions ---------------------------------------------------------------------------------

    private void link(HttpServletRequest request, HttpServletResponse response) throws IOException {
        limitCredentialAttempts(request);
        ApiModels.LinkageRequest body = HostApiRequest.read(json, body(request), ApiModels.LinkageRequest.class);
        require(body.accountId(), "accountId");
        require(body.linkageKey(), "linkageKey");
        require(body.odsCode(), "odsCode");
        require(body.surname(), "surname");
        if (body.dateOfBirth() == null) {
            throw ApiException.badRequest("The field 'dateOfBirth' is required.");
        }
        require(body.appName(), "appName");
        AppLink link;
        try {
            link = core.get().citizens().linkApp(new LinkageDetails(body.accountId(), body.linkageKey(),
                    body.surname(), body.dateOfBirth(), body.odsCode()), body.appName());
        } catch (SignInFailedException e) {
            throw e.locked() ? new ApiException(423, "Locked", e.getMessage())
                    : ApiException.unauthorized(e.getMessage());
        } catch (InvalidValueException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        write(response, 201, json, new ApiModels.LinkageResponse(link.accessIdentity()));
    }

    private void openSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        limitCredentialAttempts(request);
        ApiModels.SessionRequest body = HostApiRequest.read(json, body(request), ApiModels.SessionRequest.class);
        require(body.accessIdentity(), "accessIdentity");
        SignedInCitizen citizen;
        try {
            citizen = core.get().citizens().openAppSession(body.accessIdentity());
        } catch (AccessIdentityRefused e) {
            throw e.reason() == AccessIdentityRefused.Reason.UNKNOWN ? ApiException.unauthorized(e.getMessage())
                    : ApiException.forbidden(e.getMessage());
        }
        List<ActingFor> actingFor = core.get().citizens().actingFor(citizen);
        Map<String, Long> links = new LinkedHashMap<>();
        List<ApiModels.PatientLink> patients = actingFor.stream().map(patient -> {
            String linkId = org.citizenservices.core.vua.AccessIdentity.generate().substring(0, 22);
            links.put(linkId, patient.patientId());
            return patientLink(citizen, linkId, patient);
        }).toList();
        ApiSessions.Opened opened = sessions.open(citizen, links);
        write(response, 201, json, new ApiModels.SessionResponse(opened.token(),
                opened.session().expiresAt().atOffset(ZoneOffset.UTC),
                new ApiModels.User(citizen.accountId(), citizen.displayName()), patients));
    }

    /** A patient the session may act for, with the services available now — the core's rule, not a copy. */
    private ApiModels.PatientLink patientLink(SignedInCitizen citizen, String linkId, ActingFor patient) {
        Set<CitizenService> candidates = PracticeServices.serviceNames(installed.get()).keySet();
        Set<CitizenService> available = core.get().access().availableServices(citizen, patient.patientId(), candidates);
        ApiModels.RecordAccessLevel level = null;
        if (available.contains(CitizenService.RECORD)) {
            Patient record = core.get().transactions().read(em -> em.find(Patient.class, patient.patientId()));
            level = ApiModels.RecordAccessLevel.valueOf(record.recordAccessLevel().name());
        }
        return new ApiModels.PatientLink(linkId, patient.displayName(), patient.dateOfBirth(),
                patient.isSelf() ? ApiModels.AssociationType.SELF : ApiModels.AssociationType.PROXY,
                patient.relationship().label(), available.stream().map(CitizenService::key).toList(), level);
    }

    private void limitCredentialAttempts(HttpServletRequest request) {
        if (!credentialAttempts.tryAcquire(request.getRemoteAddr())) {
            throw new ApiException(429, "Too many requests", "Too many attempts from this address. Wait and try "
                    + "again.", Long.toString(credentialAttempts.retryAfterSeconds()));
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("The field '" + field + "' is required.");
        }
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw ApiException.unauthorized("Send the session token as 'Authorization: Bearer <token>'.");
        }
        return header.substring(7).trim();
    }

    private ApiSessions.Session session(String token) {
        ApiSessions.Session session = sessions.use(token)
                .orElseThrow(() -> ApiException.unauthorized("The session has expired or is not valid. Open a new one."));
        Core theCore = core.get();
        // the revision is read before the check, so a write racing with it makes the next call check again
        if (!session.isCurrent(theCore.transactions().revision(), theCore.citizens()::isCurrent)) {
            sessions.end(token);
            throw ApiException.unauthorized("The session has ended: the app is no longer connected to the account.");
        }
        return session;
    }

    // ---- per patient ------------------------------------------------------------------------------------------

    private void patientCall(HttpMethod method, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ApiSessions.Session session = session(bearer(request));
        int slash = rest.indexOf('/');
        String linkId = slash < 0 ? rest : rest.substring(0, slash);
        String routePath = slash < 0 ? "" : rest.substring(slash + 1);
        long patientId = session.patient(linkId)
                .orElseThrow(() -> ApiException.notFound("There is no such patient link in this session."));
        Set<String> otherMethods = new java.util.TreeSet<>();
        ApiRouteTable.Match match = routes.match(method, routePath, otherMethods).orElseThrow(() -> {
            if (!otherMethods.isEmpty()) {
                return new ApiException(405, "Method not allowed", "Use " + String.join(" or ", otherMethods) + ".");
            }
            return ApiException.notFound("There is no such resource.");
        });
        SignedInCitizen citizen = session.citizen();
        Core theCore = core.get();
        AccessDecisions.Subject subject = theCore.access().subject(citizen, patientId)
                .orElseThrow(() -> ApiException.forbidden("Online access to this patient has ended."));
        ActingFor patient = subject.actingFor();
        var actor = citizen.actor().as(patient.isSelf() ? ActingAs.SELF : ActingAs.PROXY);
        CitizenService service = match.group().service();
        Optional<ServiceAvailability.Denial> denial = theCore.access().decide(citizen, patientId, service);
        if (denial.isPresent()) {
            theCore.audit().entry(actor, match.route().auditAction()).patient(patientId).account(citizen.accountId())
                    .detail(service.key() + ": " + denial.get().name()).now(Outcome.DENIED);
            throw ApiException.forbidden("The service " + service.key() + " is not available for this patient.");
        }
        boolean uploading = match.route().requestBody() == ApiUpload.class;
        ApiUpload upload = uploading ? upload(request) : null;
        byte[] body = uploading ? new byte[0] : body(request);
        CurrentCitizen current = PortalServiceAccess.currentCitizen(citizen, subject);
        HostApiRequest call = new HostApiRequest(current, match.pathParameters(), request.getParameterMap(), body,
                match.group().mapper(), upload);
        Object result;
        ApiCall.begin(citizen, patientId);
        try {
            result = match.route().handler().handle(call);
        } catch (ApiProblem refused) {
            theCore.audit().entry(actor, match.route().auditAction()).patient(patientId).account(citizen.accountId())
                    .detail(refused.status() + " " + truncate(refused.getMessage())).now(Outcome.DENIED);
            throw refused;
        } catch (ServiceNotAvailableException refused) {
            throw ApiException.forbidden(refused.getMessage());
        } finally {
            ApiCall.end();
        }
        theCore.audit().entry(actor, match.route().auditAction()).patient(patientId).account(citizen.accountId())
                .detail(method + " " + match.route().path()).now(Outcome.SUCCESS);
        if (match.route().successStatus() == 204 || result == null) {
            response.setStatus(204);
        } else if (result instanceof ApiFile file) {
            writeFile(response, file);
        } else {
            write(response, match.route().successStatus(), match.group().mapper(), result);
        }
    }

    private static String truncate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) : text;
    }

    // ---- JSON in and out --------------------------------------------------------------------------------------

    /** The file of a {@code multipart/form-data} upload, from its part named {@code file}; larger than allowed → 413. */
    private static ApiUpload upload(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiException.badRequest("Send the file as multipart/form-data, in a part named 'file'.");
        }
        if (request.getContentLengthLong() > MAX_UPLOAD_REQUEST) {
            throw new ApiException(413, "Content too large", "A file is at most 5 MiB.");
        }
        jakarta.servlet.http.Part part;
        try {
            part = request.getPart("file");
        } catch (IllegalStateException | jakarta.servlet.ServletException | IOException tooLargeOrMalformed) {
            // the container refuses a part over the multipart limits; a request that size cannot be a valid upload
            if (request.getContentLengthLong() > ApiUpload.MAX_BYTES || mentionsSize(tooLargeOrMalformed)) {
                throw new ApiException(413, "Content too large", "A file is at most 5 MiB.");
            }
            throw ApiException.badRequest("The multipart body could not be read.");
        }
        if (part == null || part.getSize() == 0) {
            throw ApiException.badRequest("Send the file in a part named 'file'.");
        }
        if (part.getSize() > ApiUpload.MAX_BYTES) {
            throw new ApiException(413, "Content too large", "A file is at most 5 MiB.");
        }
        try (InputStream in = part.getInputStream()) {
            String name = part.getSubmittedFileName() == null ? "file" : part.getSubmittedFileName();
            String declared = part.getContentType() == null ? "application/octet-stream" : part.getContentType();
            return new ApiUpload(name, declared, in.readNBytes(ApiUpload.MAX_BYTES + 1));
        }
    }

    private static boolean mentionsSize(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String why = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (why.contains("size") || why.contains("exceed") || why.contains("too large")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The body, at most 64 KiB; an empty array when there is none. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared == 0 || declared < 0 && request.getHeader("Transfer-Encoding") == null) {
            return new byte[0];
        }
        if (declared > MAX_BODY) {
            throw new ApiException(413, "Content too large", "A request body is at most 64 KiB.");
        }
        String type = request.getContentType();
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new ApiException(413, "Content too large", "A request body is at most 64 KiB.");
            }
            if (body.length > 0 && (type == null
                    || !type.toLowerCase(Locale.ROOT).startsWith("application/json"))) {
                throw ApiException.badRequest("Send the body as application/json.");
            }
            return body;
        }
    }

    private static void write(HttpServletResponse response, int status, ObjectMapper mapper, Object body)
            throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType(JSON);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void writeFile(HttpServletResponse response, ApiFile file) throws IOException {
        response.setStatus(200);
        response.setContentType(file.contentType());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", ContentDisposition.inline(file.fileName()));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    private void problem(HttpServletResponse response, Problem problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        byte[] bytes = json.writeValueAsBytes(problem);
        response.setStatus(problem.status());
        response.setContentType(PROBLEM);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
