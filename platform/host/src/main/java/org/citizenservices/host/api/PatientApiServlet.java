package org.citizenservices.host.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.apps.CitizenApps;
import org.citizenservices.core.api.access.AccessDecisions;
import org.citizenservices.core.api.access.ServiceAvailability;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.core.api.practice.PracticeServices;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.vua.AccessIdentityRefused;
import org.citizenservices.core.api.vua.PatientChoice;
import org.citizenservices.core.api.vua.AppLink;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.spi.ApiFile;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.ApiUpload;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.HttpMethod;
import org.citizenservices.spi.ServiceNotAvailableException;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The patient API for third-party citizen apps, {@code /api/v1/*}: linkage and sessions (the host's), and the routes
 * of the installed capabilities under {@code /patients/{patientLinkId}/}. Everything an app gets wrong ends in a
 * problem document with the contract's status and nothing stored ({@link ApiFailures}).
 */
public final class PatientApiServlet extends HttpServlet {

    /** What the servlet container must be told so that {@code getPart} reads uploads (see {@link MultipartUpload}). */
    public static jakarta.servlet.MultipartConfigElement multipartConfig() {
        return MultipartUpload.config(TikaUploadPolicy.installed().maxFileBytes());
    }

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
            this.sessions = new SharedApiSessions(() -> core.get().hostTables(), clock);
            this.credentialAttempts = new SharedRateLimiter(rate, () -> core.get().hostTables(), clock);
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
            HttpMethod method = ApiWire.method(request.getMethod());
            route(method, path, request, response);
        } catch (RuntimeException e) {
            ApiFailures.answer(request, response, json, path, e);
        }
    }

    private void route(HttpMethod method, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        switch (path) {
            case "/openapi.json" -> {
                ApiWire.only(method, HttpMethod.GET);
                ApiWire.write(response, 200, json, openApi.build(routes.groups()));
            }
            case "/linkages" -> {
                ApiWire.only(method, HttpMethod.POST);
                link(request, response);
            }
            case "/sessions" -> {
                ApiWire.only(method, HttpMethod.POST);
                openSession(request, response);
            }
            case "/sessions/current" -> {
                ApiWire.only(method, HttpMethod.DELETE);
                String token = ApiWire.bearer(request);
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

    // ---- linkage and sessions ---------------------------------------------------------------------------------

    private void link(HttpServletRequest request, HttpServletResponse response) throws IOException {
        limitCredentialAttempts(request);
        CitizenApps.App app = AppCredentials.of(request, core.get().apps());
        // the record's @NotBlank/@NotNull are checked where it is read: every missing detail is a 400 naming it
        ApiModels.LinkageRequest body = HostApiRequest.read(json, ApiWire.body(request), ApiModels.LinkageRequest.class);
        AppLink link;
        try {
            link = core.get().citizens().linkApp(new LinkageDetails(body.accountId(), body.linkageKey(),
                    body.surname(), body.dateOfBirth(), body.odsCode()), app);
        } catch (SignInFailedException e) {
            // a locked account gets the same answer as a wrong key: anything else confirms the account ID is real
            throw ApiException.unauthorized(e.getMessage());
        } catch (InvalidValueException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ApiWire.write(response, 201, json, new ApiModels.LinkageResponse(link.accessIdentity()));
    }

    private void openSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        limitCredentialAttempts(request);
        CitizenApps.App app = AppCredentials.of(request, core.get().apps());
        ApiModels.SessionRequest body = HostApiRequest.read(json, ApiWire.body(request), ApiModels.SessionRequest.class);
        SignedInCitizen citizen;
        try {
            citizen = core.get().citizens().openAppSession(body.accessIdentity(), app);
        } catch (AccessIdentityRefused e) {
            throw e.reason() == AccessIdentityRefused.Reason.UNKNOWN ? ApiException.unauthorized(e.getMessage())
                    : ApiException.forbidden(e.getMessage());
        }
        List<PatientChoice> actingFor = core.get().citizens().actingFor(citizen);
        Map<String, Long> links = new LinkedHashMap<>();
        List<ApiModels.PatientLink> patients = actingFor.stream().map(patient -> {
            String linkId = org.citizenservices.core.api.vua.AccessIdentity.generate().substring(0, 22);
            links.put(linkId, patient.patientId());
            return patientLink(citizen, linkId, patient);
        }).toList();
        ApiSessions.Opened opened = sessions.open(citizen, links);
        ApiWire.write(response, 201, json, new ApiModels.SessionResponse(opened.token(),
                opened.session().expiresAt().atOffset(ZoneOffset.UTC),
                new ApiModels.User(citizen.accountId(), citizen.displayName()), patients));
    }

    /** A patient the session may act for, with the services available now — the core's rule, not a copy. */
    private ApiModels.PatientLink patientLink(SignedInCitizen citizen, String linkId, PatientChoice patient) {
        Set<CitizenService> candidates = PracticeServices.serviceNames(installed.get()).keySet();
        Set<CitizenService> available = core.get().access().availableServices(citizen, patient.patientId(), candidates);
        RecordAccessLevel level = !available.contains(CitizenService.RECORD) ? null : core.get().access()
                .subject(citizen, patient.patientId()).map(subject -> subject.recordAccess().level()).orElse(null);
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

    private ApiSessions.Session session(String token) {
        ApiSessions.Session session = sessions.use(token)
                .orElseThrow(() -> ApiException.unauthorized("The session has expired or is not valid. Open a new one."));
        Core theCore = core.get();
        // the revision is read before the check, so a write racing with it makes the next call check again
        if (!session.isCurrent(theCore.revision(), theCore.citizens()::isCurrent)) {
            sessions.end(token);
            throw ApiException.unauthorized("The session has ended: the app is no longer connected to the account.");
        }
        return session;
    }

    // ---- per patient ------------------------------------------------------------------------------------------

    private void patientCall(HttpMethod method, String rest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ApiSessions.Session session = session(ApiWire.bearer(request));
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
        PatientChoice patient = subject.actingFor();
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
        byte[] body = uploading ? new byte[0] : ApiWire.body(request);
        CurrentCitizen current = subject.currentCitizen(citizen);
        HostApiRequest call = new HostApiRequest(current, match.pathParameters(), request.getParameterMap(), body,
                match.group().mapper(), upload);
        Object result;
        ApiCall thisCall = ApiCall.begin(citizen, patientId);
        try {
            result = match.route().handler().handle(call);
        } catch (ApiProblem refused) {
            theCore.audit().entry(actor, match.route().auditAction()).patient(patientId).account(citizen.accountId())
                    .detail(refused.status() + " " + ApiWire.truncate(refused.getMessage())).now(Outcome.DENIED);
            throw refused;
        } catch (ServiceNotAvailableException refused) {
            throw ApiException.forbidden(refused.getMessage());
        } finally {
            ApiCall.end();
        }
        if (!thisCall.audited()) {
            // one event for one act: a capability that audited the act itself (APPOINTMENT_BOOKED) is not audited twice
            theCore.audit().entry(actor, match.route().auditAction()).patient(patientId).account(citizen.accountId())
                    .detail(method + " " + match.route().path()).now(Outcome.SUCCESS);
        }
        if (match.route().successStatus() == 204 || result == null) {
            response.setStatus(204);
        } else if (result instanceof ApiFile file) {
            ApiWire.writeFile(response, file);
        } else {
            ApiWire.write(response, match.route().successStatus(), match.group().mapper(), result);
        }
    }

    // ---- JSON in and out --------------------------------------------------------------------------------------

    /** The file of a {@code multipart/form-data} upload, part {@code file}; larger than allowed → 413. */
    private static ApiUpload upload(HttpServletRequest request) throws IOException {
        return MultipartUpload.read(request, TikaUploadPolicy.installed().maxFileBytes());
    }
}
