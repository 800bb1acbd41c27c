package org.citizenservices.host.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.access.AccessDecisions;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.vua.PatientChoice;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.RecordAccess;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * GP Connect User Permissions, {@code GET /user-permissions/Patient/{NHS number}}: in plain JSON, what of their record
 * and prescriptions a patient may see and do online now, so an app shows only what will work. Read from the same
 * access rule that decides every call: a service not available to this person for this patient is {@code none}.
 */
final class UserPermissionsServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(UserPermissionsServlet.class);

    private final Supplier<Core> core;
    private final FhirCallers callers;
    private final ObjectMapper json = new ObjectMapper();

    UserPermissionsServlet(Supplier<Core> core, FhirCallers callers) {
        this.core = core;
        this.callers = callers;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        FhirApiServlet.echoRequestIds(request, response);
        try {
            if (!"GET".equals(request.getMethod()) || !path.startsWith("/Patient/")) {
                throw FhirProblem.notFound("NO_RECORD_FOUND", "This API answers GET /Patient/{NHS number}.");
            }
            FhirCaller caller = callers.of(request.getHeader("Authorization"));
            byte[] body = json.writeValueAsBytes(permissions(caller, path.substring("/Patient/".length())));
            response.setStatus(200);
            response.setContentType("application/json");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(body);
        } catch (FhirProblem problem) {
            OperationOutcome outcome = problem.outcome();
            outcome.getMeta().setLastUpdated(new Date());
            FhirApiServlet.write(response, problem.status(), outcome, null);
        } catch (RuntimeException fault) {
            String reference = UUID.randomUUID().toString();
            LOG.error("User permissions fault {}", reference, fault);
            FhirApiServlet.write(response, 500, FhirProblem.outcome("INTERNAL_SERVER_ERROR",
                    OperationOutcome.IssueType.EXCEPTION, "Something went wrong here; quote reference " + reference
                            + "."), null);
        }
    }

    private ObjectNode permissions(FhirCaller caller, String number) {
        NhsNumber nhs;
        try {
            nhs = new NhsNumber(number);
        } catch (InvalidValueException wrong) {
            throw new FhirProblem(400, "INVALID_RESOURCE_ID", OperationOutcome.IssueType.VALUE, wrong.getMessage());
        }
        Core theCore = core.get();
        PatientChoice patient = theCore.citizens().actingFor(caller.citizen()).stream()
                .filter(choice -> nhs.value().equals(choice.patient().nhsNumber())).findFirst()
                .orElseThrow(() -> new FhirProblem(404, "PATIENT_NOT_FOUND", OperationOutcome.IssueType.NOTFOUND,
                        "No patient with that NHS number whose services this person may use."));
        AccessDecisions.Subject subject = theCore.access().subject(caller.citizen(), patient.patientId())
                .orElseThrow(() -> FhirProblem.forbidden("Online access to this patient has ended."));
        boolean record = available(caller, patient, CitizenService.RECORD);
        boolean prescriptions = available(caller, patient, CitizenService.PRESCRIPTIONS);
        RecordAccess access = subject.recordAccess();
        ObjectNode answer = json.createObjectNode();
        ObjectNode medicalRecord = answer.putObject("medicalRecord");
        // entries from this date follow the level; before it, only what a clinician reviewed back to shows
        medicalRecord.put("effectiveDate", (access.from() == null ? patient.patient().dateOfBirth() : access.from())
                .toString());
        medicalRecord.putObject("current").put("accessLevel", record ? level(access) : "none");
        if (access.from() != null) {
            medicalRecord.putObject("historical").put("accessLevel", "none");
        }
        answer.putObject("prescriptions").put("accessLevel", prescriptions ? "manage" : "none");
        var actor = caller.citizen().actor().as(patient.isSelf() ? ActingAs.SELF : ActingAs.PROXY);
        theCore.audit().entry(actor, "USER_PERMISSIONS_READ").patient(patient.patientId())
                .account(caller.citizen().accountId()).detail("GET Patient/{nhs}").now(Outcome.SUCCESS);
        return answer;
    }

    private boolean available(FhirCaller caller, PatientChoice patient, CitizenService service) {
        return core.get().access().decide(caller.citizen(), patient.patientId(), service).isEmpty();
    }

    private static String level(RecordAccess access) {
        return switch (access.level()) {
            case SUMMARY -> "summary";
            case DETAILED_CODED -> "detailed";
            case DOCUMENTS -> "documents";
            case FULL -> "full";
        };
    }
}
