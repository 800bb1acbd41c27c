package org.citizenservices.host.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.access.AccessDecisions;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.patient.PatientDetails;
import org.citizenservices.core.api.practice.PracticeDetails;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.spi.HttpMethod;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.Parameters;
import org.hl7.fhir.dstu3.model.Resource;
import org.hl7.fhir.instance.model.api.IBaseResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the host answers itself on {@code /FHIR/STU3/}: the Patient and their Organization, and the structured record
 * — the patient and practice, then each section asked for from the capability that serves it, or a warning when
 * none does or its service is not available for the patient.
 */
final class HostResources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Core> core;
    private final RecordSectionTable sections;
    private final CapabilityCalls capabilities;

    HostResources(Supplier<Core> core, RecordSectionTable sections, CapabilityCalls capabilities) {
        this.core = core;
        this.sections = sections;
        this.capabilities = capabilities;
    }

    IBaseResource answer(HttpMethod method, String path, FhirCaller caller, HttpServletRequest request,
                         Supplier<String> body, String requestId, String base) {
        String[] parts = path.split("/");
        if (method == HttpMethod.POST && ("Patient/" + StructuredRecord.OPERATION).equals(path)) {
            return structuredRecord(caller, body.get(), request, requestId, base);
        }
        if (method == HttpMethod.GET && parts.length == 2 && "Patient".equals(parts[0])) {
            return patient(caller, parts[1]);
        }
        if (method == HttpMethod.GET && parts.length == 2 && "Organization".equals(parts[0])) {
            return organization(caller, parts[1]);
        }
        if (method == HttpMethod.GET && parts.length == 3 && "documents".equals(parts[0])
                && "Patient".equals(parts[1])) {
            return documentsPatient(caller, parts[2], base);
        }
        throw FhirProblem.notFound("NO_RECORD_FOUND", "There is no " + method + " /" + path + " here; GET metadata "
                + "lists what there is.");
    }

    /** The patient, if the caller may act for them: their own record, or one they are a live proxy for. */
    private IBaseResource patient(FhirCaller caller, String id) {
        AccessDecisions.Subject subject = subject(caller, id);
        Core theCore = core.get();
        PracticeDetails practice = theCore.practices().practice(caller.citizen().practiceId());
        PatientDetails details = theCore.patients().byNhsNumber(practice.id(),
                new NhsNumber(subject.actingFor().patient().nhsNumber()));
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

    /**
     * {@code documents/Patient/{NHS number}}: the patient's Patient in a searchset, so an app finds the id the
     * documents search takes — for a patient the person may act for.
     */
    private IBaseResource documentsPatient(FhirCaller caller, String nhsNumber, String base) {
        NhsNumber nhs;
        try {
            nhs = new NhsNumber(nhsNumber);
        } catch (org.citizenservices.core.api.domain.InvalidValueException wrong) {
            throw new FhirProblem(400, "INVALID_NHS_NUMBER", OperationOutcome.IssueType.VALUE, wrong.getMessage());
        }
        long patientId = patientIdOf(caller, nhs, "FHIR_PATIENT_READ");
        Resource patient = (Resource) patient(caller, String.valueOf(patientId));
        org.hl7.fhir.dstu3.model.Bundle found = new org.hl7.fhir.dstu3.model.Bundle()
                .setType(org.hl7.fhir.dstu3.model.Bundle.BundleType.SEARCHSET).setTotal(1);
        found.addEntry().setResource(patient).setFullUrl(base + "Patient/" + patientId).getSearch()
                .setMode(org.hl7.fhir.dstu3.model.Bundle.SearchEntryMode.MATCH);
        return found;
    }

    /** The id of the patient with this NHS number whom the person may act for; else 403, audited. */
    private long patientIdOf(FhirCaller caller, NhsNumber nhs, String action) {
        Core theCore = core.get();
        long patientId = theCore.citizens().actingFor(caller.citizen()).stream()
                .filter(choice -> nhs.value().equals(choice.patient().nhsNumber()))
                .mapToLong(choice -> choice.patientId()).findFirst().orElse(-1);
        if (patientId < 0) {
            theCore.audit().entry(caller.citizen().actor(), action).account(caller.citizen().accountId())
                    .detail("no association with the NHS number asked for").now(Outcome.DENIED);
            throw FhirProblem.forbidden("This person may not see that patient's record: it is neither their own "
                    + "nor one they are a proxy for.");
        }
        return patientId;
    }

    /** The patient's record as far as the installed capabilities serve it, for a patient the caller may act for. */
    private IBaseResource structuredRecord(FhirCaller caller, String body, HttpServletRequest request,
                                           String requestId, String base) {
        Parameters parameters = StructuredRecord.parameters(FhirWire.of(org.citizenservices.spi.FhirRelease.STU3)
                .context(), body);
        NhsNumber nhs = StructuredRecord.nhsNumber(parameters);
        Core theCore = core.get();
        long patientId = patientIdOf(caller, nhs, "FHIR_STRUCTURED_RECORD");
        AccessDecisions.Subject subject = subject(caller, String.valueOf(patientId));
        PracticeDetails practice = theCore.practices().practice(caller.citizen().practiceId());
        PatientDetails details = theCore.patients().byNhsNumber(practice.id(), nhs);
        List<Resource> resources = new ArrayList<>(List.of(FhirPatients.patient(details, practice),
                FhirPatients.organization(practice)));
        List<OperationOutcome> warnings = new ArrayList<>();
        List<String> served = new ArrayList<>();
        for (Parameters.ParametersParameterComponent parameter : parameters.getParameter()) {
            String name = parameter.getName();
            if ("patientNHSNumber".equals(name)) {
                continue;
            }
            Optional<RecordSectionTable.Served> section = sections.section(name);
            if (section.isEmpty()) {
                warnings.add(StructuredRecord.warning(name, StructuredRecord.SECTIONS.contains(name)
                        ? name + " is not served by this practice's installed services"
                        : name + " is an unrecognised parameter"));
                continue;
            }
            try {
                capabilities.section(section.get(), caller, subject, part(body, name), request, base)
                        .forEach(resource -> resources.add((Resource) resource));
                served.add(name);
            } catch (FhirProblem refused) {
                if (refused.status() != 403) {
                    throw refused;  // the request's own fault, e.g. a part that cannot be read
                }
                // not available to this patient, or above their level: the rest of the record still comes
                warnings.add(StructuredRecord.warning(name, refused.getMessage()));
            }
        }
        audit(caller, subject, "FHIR_STRUCTURED_RECORD", "POST Patient/" + StructuredRecord.OPERATION
                + (served.isEmpty() ? "" : " " + String.join(", ", served)));
        return StructuredRecord.bundle(base, requestId, resources, warnings);
    }

    /** The request's parameter of that name as plain JSON values, for the capability that serves it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(String body, String name) {
        try {
            Map<String, Object> request = JSON.readValue(body, Map.class);
            return ((List<Map<String, Object>>) request.getOrDefault("parameter", List.of())).stream()
                    .filter(p -> name.equals(p.get("name"))).findFirst().orElse(Map.of("name", name));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a body HAPI read is not JSON", impossible);
        }
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
}
