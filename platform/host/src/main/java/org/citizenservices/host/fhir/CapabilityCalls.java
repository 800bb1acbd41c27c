package org.citizenservices.host.fhir;

import jakarta.servlet.http.HttpServletRequest;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.access.AccessDecisions;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.vua.PatientChoice;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.FhirRefused;
import org.citizenservices.spi.FhirRoute;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.instance.model.api.IBaseResource;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a capability's GP Connect work for a verified person: finds the patient (the {@code patient} path parameter's,
 * checked against the core's rule, else the person's own), runs the handler or section as that {@link FhirCall},
 * turns every refusal into a {@link FhirProblem}, audits the call (once: a capability that audited the act itself is
 * not audited again) and parses what the capability built before anything is sent.
 */
final class CapabilityCalls {

    /** A route's answer: the status and the resource, parsed. */
    record Answer(int status, IBaseResource resource) {
    }

    private final Supplier<Core> core;

    CapabilityCalls(Supplier<Core> core) {
        this.core = core;
    }

    Answer route(FhirRouteTable.Match match, FhirCaller caller, HttpServletRequest request, Supplier<String> text,
                 String base) {
        FhirRoute route = match.route();
        FhirWire wire = FhirWire.of(route.release());
        CitizenService service = match.group().service();
        FhirCall call = new FhirCall(core.get(), caller, service, route.auditAction(), match.pathParameters(),
                request, () -> wire.read(text.get(), route.resourceType()), base);
        String named = match.pathParameters().get("patient");
        AccessDecisions.Subject patient = named == null ? own(caller, route.auditAction())
                : named(caller, named, service, route.auditAction());
        Map<String, Object> built = run(call.begin(patient), route.auditAction(),
                route.method() + " " + route.path(), () -> route.handler().handle(call));
        return new Answer(route.successStatus(), wire.resource(built));
    }

    /** A section of the structured record for a patient already checked; its refusals become the Bundle's warnings. */
    List<IBaseResource> section(RecordSectionTable.Served served, FhirCaller caller, AccessDecisions.Subject patient,
                                Map<String, Object> parameter, HttpServletRequest request, String base) {
        FhirWire wire = FhirWire.of(org.citizenservices.spi.FhirRelease.STU3);
        FhirCall call = new FhirCall(core.get(), caller, served.service(), "FHIR_STRUCTURED_RECORD", Map.of(),
                request, Map::of, base);
        List<Map<String, Object>> built = run(call.begin(patient), null, null,
                () -> served.section().resources(parameter));
        return built.stream().map(wire::resource).toList();
    }

    /**
     * Runs the work as {@code call}; with an {@code auditAction}, audits it (success, unless the capability did) and
     * every refusal (denied).
     */
    private <T> T run(FhirCall call, String auditAction, String detail, Supplier<T> work) {
        T result;
        boolean audited;
        try {
            result = work.get();
        } catch (RuntimeException refusal) {
            call.end();
            FhirProblem problem = problem(refusal);
            if (auditAction != null) {
                audit(call, auditAction, problem.status() + " " + problem.spineCode(), Outcome.DENIED);
            }
            throw problem;
        }
        audited = call.end();
        if (auditAction != null && !audited) {
            audit(call, auditAction, detail, Outcome.SUCCESS);
        }
        return result;
    }

    /** A capability's refusal in GP Connect's terms; anything else is a fault and passes on as one. */
    static FhirProblem problem(RuntimeException refusal) {
        if (refusal instanceof FhirProblem problem) {
            return problem;
        }
        if (refusal instanceof FhirRefused refused) {
            return new FhirProblem(refused.status(), refused.code(), issueType(refused.issueType()),
                    refused.getMessage());
        }
        if (refusal instanceof ServiceNotAvailableException notAvailable) {
            return FhirProblem.forbidden(notAvailable.getMessage());
        }
        if (refusal instanceof ApiProblem problem) {
            return switch (problem.status()) {
                case 403 -> FhirProblem.forbidden(problem.getMessage());
                case 404 -> FhirProblem.notFound("NO_RECORD_FOUND", problem.getMessage());
                case 409 -> new FhirProblem(409, "DUPLICATE_REJECTED", OperationOutcome.IssueType.DUPLICATE,
                        problem.getMessage());
                case 422 -> new FhirProblem(422, "INVALID_RESOURCE", OperationOutcome.IssueType.BUSINESSRULE,
                        problem.getMessage());
                default -> FhirProblem.badRequest(problem.getMessage());
            };
        }
        throw refusal;
    }

    private static OperationOutcome.IssueType issueType(String code) {
        try {
            return OperationOutcome.IssueType.fromCode(code);
        } catch (org.hl7.fhir.exceptions.FHIRException unknown) {
            return OperationOutcome.IssueType.PROCESSING;
        }
    }

    /** The person's own record; every NHS login account has one, as NL01 opens it with a SELF association. */
    private AccessDecisions.Subject own(FhirCaller caller, String auditAction) {
        SignedInCitizen person = caller.citizen();
        long self = core.get().citizens().actingFor(person).stream().filter(PatientChoice::isSelf)
                .mapToLong(PatientChoice::patientId).findFirst().orElse(-1);
        return checked(caller, self, null, auditAction, "This person has no record of their own here.");
    }

    /**
     * The patient a path names — by our Patient id, or by NHS number where a specification puts one there — when the
     * person may act for them with the service; else 403 (audited).
     */
    private AccessDecisions.Subject named(FhirCaller caller, String id, CitizenService service, String auditAction) {
        long patientId;
        if (id.matches("\\d{10}")) {
            patientId = core.get().citizens().actingFor(caller.citizen()).stream()
                    .filter(choice -> id.equals(choice.patient().nhsNumber())).mapToLong(PatientChoice::patientId)
                    .findFirst().orElse(-1);
        } else {
            try {
                patientId = Long.parseLong(id);
            } catch (NumberFormatException notOurs) {
                throw FhirProblem.badRequest("A Patient here is named by the id our responses give, or by NHS "
                        + "number.");
            }
        }
        return checked(caller, patientId, service, auditAction, "This person may not use this service for "
                + "Patient/" + id + ": it is neither their own record nor one they are a proxy for with it.");
    }

    private AccessDecisions.Subject checked(FhirCaller caller, long patientId, CitizenService service,
                                            String auditAction, String refusal) {
        Core theCore = core.get();
        SignedInCitizen person = caller.citizen();
        var subject = FhirCall.allowed(theCore, person, patientId, service);
        if (subject.isEmpty()) {
            theCore.audit().entry(person.actor(), auditAction).patient(patientId < 0 ? null : patientId)
                    .account(person.accountId()).detail("not available to this person").now(Outcome.DENIED);
            throw FhirProblem.forbidden(refusal);
        }
        return subject.get();
    }

    private void audit(FhirCall call, String action, String detail, Outcome outcome) {
        core.get().audit().entry(call.actor(), action).patient(call.subject().actingFor().patientId())
                .account(call.accountId()).detail(detail).now(outcome);
    }
}
