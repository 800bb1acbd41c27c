package org.citizenservices.host.fhir;

import jakarta.servlet.http.HttpServletRequest;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.access.AccessDecisions;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.host.api.ApiCall;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.FhirRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One GP Connect call to a capability, as its handler sees it ({@link FhirRequest}): the person a verified token speaks
 * for, the patient the call is about now — checked against the core's access rule each time it changes — and the
 * request. While it runs, the thread's {@link ApiCall} names that person and patient, so the capability's own
 * services ask {@code ServiceAccess} and are answered for them.
 */
final class FhirCall implements FhirRequest {

    private final Core core;
    private final FhirCaller caller;
    private final CitizenService service;
    private final String auditAction;
    private final Map<String, String> pathParameters;
    private final HttpServletRequest request;
    private final Supplier<Map<String, Object>> body;
    private final String base;
    private AccessDecisions.Subject subject;
    private ApiCall thread;

    FhirCall(Core core, FhirCaller caller, CitizenService service, String auditAction,
             Map<String, String> pathParameters, HttpServletRequest request, Supplier<Map<String, Object>> body,
             String base) {
        this.core = core;
        this.caller = caller;
        this.service = service;
        this.auditAction = auditAction;
        this.pathParameters = pathParameters;
        this.request = request;
        this.body = body;
        this.base = base;
    }

    /** Starts the call for a patient the person may act for (already checked), on this thread. */
    FhirCall begin(AccessDecisions.Subject patient) {
        subject = patient;
        thread = ApiCall.begin(caller.citizen(), patient.actingFor().patientId());
        return this;
    }

    /** Ends the call on this thread; true when the capability audited the act itself. */
    boolean end() {
        ApiCall.end();
        return thread != null && thread.audited();
    }

    AccessDecisions.Subject subject() {
        return subject;
    }

    @Override
    public CurrentCitizen citizen() {
        return subject.currentCitizen(caller.citizen());
    }

    @Override
    public Optional<CurrentCitizen> actFor(long patientId) {
        if (patientId == subject.actingFor().patientId()) {
            return Optional.of(citizen());
        }
        SignedInCitizen person = caller.citizen();
        Optional<AccessDecisions.Subject> other = allowed(core, person, patientId, service);
        if (other.isEmpty()) {
            core.audit().entry(person.actor(), auditAction).patient(patientId).account(person.accountId())
                    .detail(service.key() + ": not available to this person").now(Outcome.DENIED);
            return Optional.empty();
        }
        boolean audited = thread.audited();
        begin(other.get());
        if (audited) {
            thread.markAudited();
        }
        return Optional.of(citizen());
    }

    /**
     * The core's one decision for GP Connect: a live association with the patient and, when a service is named, that
     * service available to the person for them now.
     */
    static Optional<AccessDecisions.Subject> allowed(Core core, SignedInCitizen person, long patientId,
                                                     CitizenService service) {
        return core.access().subject(person, patientId)
                .filter(s -> service == null || core.access().decide(person, patientId, service).isEmpty());
    }

    @Override
    public Optional<CurrentCitizen> actForNhsNumber(String nhsNumber) {
        String digits = nhsNumber == null ? "" : nhsNumber.replace(" ", "");
        return core.citizens().actingFor(caller.citizen()).stream()
                .filter(choice -> digits.equals(choice.patient().nhsNumber())).findFirst()
                .flatMap(choice -> actFor(choice.patientId()));
    }

    @Override
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route declares no path parameter " + name);
        }
        return value;
    }

    @Override
    public List<String> query(String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.stream(values).filter(v -> !v.isBlank()).toList();
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeader(name));
    }

    @Override
    public Map<String, Object> body() {
        return body.get();
    }

    @Override
    public String base() {
        return base;
    }

    String accountId() {
        return caller.citizen().accountId();
    }

    /** The audit's actor for the patient the call is about now. */
    org.citizenservices.core.api.service.Actor actor() {
        return caller.citizen().actor().as(subject.actingFor().isSelf() ? ActingAs.SELF : ActingAs.PROXY);
    }
}
