package org.citizenservices.host.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.access.AccessDecisions;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.patient.PatientDetails;
import org.citizenservices.core.api.practice.PracticeDetails;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.host.nhslogin.NhsLogin;
import org.citizenservices.spi.CitizenService;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The GP Connect (Patient Facing) FHIR STU3 API under {@code /FHIR/STU3/}, for the NHS App and other apps whose user
 * signed in with NHS login: {@code metadata} for anyone; everything else for the person a verified P9 token speaks
 * for ({@link FhirCallers}), about a patient they may act for (their own record, or by a live proxy association),
 * audited with the app's name. Every refusal is an OperationOutcome ({@link FhirProblem}); a fault is a 500 with a
 * reference to the log, never a stack trace.
 */
public final class FhirApiServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(FhirApiServlet.class);
    static final String FHIR_JSON = "application/fhir+json;charset=utf-8";

    private final Supplier<Core> core;
    private final FhirCallers callers;
    private final Supplier<Set<CitizenService>> installed;
    private final FhirContext fhir = FhirContext.forDstu3Cached();

    public FhirApiServlet(Supplier<Core> core, Supplier<Optional<NhsLogin>> nhsLogin,
                          Supplier<Set<CitizenService>> installed, Clock clock) {
        this.core = core;
        this.callers = new FhirCallers(core, nhsLogin, clock);
        this.installed = installed;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String requestId = requestId(request);
        response.setHeader("X-Request-ID", requestId);
        if (request.getHeader("X-Correlation-ID") != null && request.getHeader("X-Correlation-ID").length() <= 100) {
            response.setHeader("X-Correlation-ID", request.getHeader("X-Correlation-ID"));
        }
        try {
            if ("GET".equals(request.getMethod()) && "/metadata".equals(path)) {
                write(response, 200, FhirCapabilities.statement(installed.get()));
                return;
            }
            FhirCaller caller = callers.of(request.getHeader("Authorization"));
            if ("POST".equals(request.getMethod()) && ("/Patient/" + StructuredRecord.OPERATION).equals(path)) {
                write(response, 200, structuredRecord(caller, body(request), requestId, base(request)));
                return;
            }
            write(response, 200, route(request.getMethod(), path, caller));
        } catch (FhirProblem problem) {
            if (problem.status() == 401) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"GP Connect\", error=\"invalid_token\"");
            }
            write(response, problem.status(), problem.outcome());
        } catch (RuntimeException fault) {
            String reference = UUID.randomUUID().toString();
            LOG.error("FHIR API fault {} on {} {}", reference, request.getMethod(), path, fault);
            write(response, 500, FhirProblem.outcome("INTERNAL_SERVER_ERROR", OperationOutcome.IssueType.EXCEPTION,
                    "Something went wrong here; quote reference " + reference + "."));
        }
    }

    private IBaseResource route(String method, String path, FhirCaller caller) {
        String[] parts = path.split("/");
        if ("GET".equals(method) && parts.length == 3 && "Patient".equals(parts[1])) {
            return patient(caller, parts[2]);
        }
        if ("GET".equals(method) && parts.length == 3 && "Organization".equals(parts[1])) {
            return organization(caller, parts[2]);
        }
        throw FhirProblem.notFound("NO_RECORD_FOUND", "There is no " + method + " " + path + " here; "
                + "GET metadata lists what there is.");
    }

    /** The patient, if the caller may act for them: their own record, or one they are a live proxy for. */
    private IBaseResource patient(FhirCaller caller, String id) {
        AccessDecisions.Subject subject = subject(caller, id);
        Core theCore = core.get();
        // an account's associations are all with patients of its own practice
        PracticeDetails practice = theCore.practices().practice(caller.citizen().practiceId());
        PatientDetails details = theCore.patients().byNhsNumber(practice.id(),
                new org.citizenservices.core.api.domain.NhsNumber(subject.actingFor().patient().nhsNumber()));
        audit(caller, subject, "FHIR_PATIENT_READ", "GET Patient/" + id);
        return FhirPatients.patient(details, practice);
    }

    private IBaseResource organization(FhirCaller caller, String id) {
        PracticeDetails practice = core.get().practices().practice(caller.citizen().practiceId());
        if (!String.valueOf(practice.id()).equals(id)) {
            throw FhirProblem.notFound("NO_RECORD_FOUND", "No organisation " + id + " for this person.");
        }
        return FhirPatients.organization(practice);
    }

    /** The patient's record as far as the installed services serve it, for a patient the caller may act for. */
    private IBaseResource structuredRecord(FhirCaller caller, String body, String requestId, String base) {
        org.hl7.fhir.dstu3.model.Parameters parameters = StructuredRecord.parameters(fhir, body);
        org.citizenservices.core.api.domain.NhsNumber nhs = StructuredRecord.nhsNumber(parameters);
        Core theCore = core.get();
        long patientId = theCore.citizens().actingFor(caller.citizen()).stream()
                .filter(choice -> nhs.value().equals(choice.patient().nhsNumber()))
                .mapToLong(choice -> choice.patientId()).findFirst().orElse(-1);
        if (patientId < 0) {
            theCore.audit().entry(caller.citizen().actor(), "FHIR_STRUCTURED_RECORD").account(caller.citizen()
                    .accountId()).detail("no association with the NHS number asked for").now(Outcome.DENIED);
            throw FhirProblem.forbidden("This person may not see that patient's record: it is neither their own "
                    + "nor one they are a proxy for.");
        }
        AccessDecisions.Subject subject = subject(caller, String.valueOf(patientId));
        PracticeDetails practice = theCore.practices().practice(caller.citizen().practiceId());
        PatientDetails details = theCore.patients().byNhsNumber(practice.id(), nhs);
        audit(caller, subject, "FHIR_STRUCTURED_RECORD", "POST Patient/" + StructuredRecord.OPERATION);
        return StructuredRecord.bundle(base, requestId, java.util.List.of(FhirPatients.patient(details, practice),
                FhirPatients.organization(practice)), parameters);
    }

    /** This API's address as the client reached it, e.g. {@code https://host/FHIR/STU3/}. */
    private static String base(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getPathInfo().length()) + "/";
    }

    /** The consumer's {@code X-Request-ID} when it is a UUID, as the specifications ask; else one of ours. */
    private static String requestId(HttpServletRequest request) {
        String given = request.getHeader("X-Request-ID");
        return given != null && given.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                + "[0-9a-fA-F]{12}") ? given : UUID.randomUUID().toString();
    }

    private static String body(HttpServletRequest request) throws IOException {
        byte[] read = request.getInputStream().readNBytes(StructuredRecord.MAX_REQUEST_BYTES + 1);
        if (read.length > StructuredRecord.MAX_REQUEST_BYTES) {
            throw new FhirProblem(422, "INVALID_RESOURCE", OperationOutcome.IssueType.TOOLONG,
                    "The request body is larger than " + StructuredRecord.MAX_REQUEST_BYTES + " bytes.");
        }
        return new String(read, StandardCharsets.UTF_8);
    }

    /** The patient of a live association with the caller, else 403 (an id that is not a number: 400). */
    private AccessDecisions.Subject subject(FhirCaller caller, String id) {
        long patientId;
        try {
            patientId = Long.parseLong(id);
        } catch (NumberFormatException notOurs) {
            throw FhirProblem.badRequest("A Patient id here is a number, as this API's responses give it.");
        }
        Optional<AccessDecisions.Subject> subject = core.get().access().subject(caller.citizen(), patientId);
        if (subject.isEmpty()) {
            core.get().audit().entry(caller.citizen().actor(), "FHIR_PATIENT_READ").patient(patientId)
                    .account(caller.citizen().accountId()).detail("no association").now(Outcome.DENIED);
            throw FhirProblem.forbidden("This person may not see Patient/" + id + ": it is neither their own "
                    + "record nor one they are a proxy for.");
        }
        return subject.get();
    }

    private void audit(FhirCaller caller, AccessDecisions.Subject subject, String action, String detail) {
        var actor = caller.citizen().actor().as(subject.actingFor().isSelf() ? ActingAs.SELF : ActingAs.PROXY);
        core.get().audit().entry(actor, action).patient(subject.actingFor().patient().patientId())
                .account(caller.citizen().accountId()).detail(detail).now(Outcome.SUCCESS);
    }

    private void write(HttpServletResponse response, int status, IBaseResource resource) throws IOException {
        byte[] body = fhir.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(FHIR_JSON);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
