package org.citizenservices.host.fhir;

import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Coding;
import org.hl7.fhir.dstu3.model.Meta;
import org.hl7.fhir.dstu3.model.OperationOutcome;

/**
 * A refusal as GP Connect answers one: an HTTP status and an OperationOutcome whose issue carries the Spine error
 * code (e.g. {@code ACCESS_DENIED}, {@code PATIENT_NOT_FOUND}) and words for the developer, never a stack trace.
 */
public final class FhirProblem extends RuntimeException {

    // as the specifications' own STU3 examples name it
    static final String SPINE_CODES = "https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1";
    static final String PROFILE = "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1";
    static final String R4_SPINE_CODES = "https://fhir.nhs.uk/R4/ValueSet/Spine-ErrorOrWarningCode-1";
    static final String R4_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-OperationOutcome";

    private final int status;
    private final String spineCode;
    private final OperationOutcome.IssueType issueType;

    public FhirProblem(int status, String spineCode, OperationOutcome.IssueType issueType, String diagnostics) {
        super(diagnostics);
        this.status = status;
        this.spineCode = spineCode;
        this.issueType = issueType;
    }

    public static FhirProblem badRequest(String diagnostics) {
        return new FhirProblem(400, "BAD_REQUEST", OperationOutcome.IssueType.INVALID, diagnostics);
    }

    public static FhirProblem unauthorised(String diagnostics) {
        // as NHS England's API gateway answers an unusable token
        return new FhirProblem(401, "ACCESS_DENIED", OperationOutcome.IssueType.FORBIDDEN, diagnostics);
    }

    public static FhirProblem forbidden(String diagnostics) {
        return new FhirProblem(403, "ACCESS_DENIED", OperationOutcome.IssueType.FORBIDDEN, diagnostics);
    }

    public static FhirProblem notFound(String spineCode, String diagnostics) {
        return new FhirProblem(404, spineCode, OperationOutcome.IssueType.NOTFOUND, diagnostics);
    }

    public static FhirProblem unavailable(String diagnostics) {
        return new FhirProblem(503, "INTERNAL_SERVER_ERROR", OperationOutcome.IssueType.TRANSIENT, diagnostics);
    }

    public static FhirProblem notImplemented(String diagnostics) {
        return new FhirProblem(501, "NOT_IMPLEMENTED", OperationOutcome.IssueType.NOTSUPPORTED, diagnostics);
    }

    public int status() {
        return status;
    }

    public String spineCode() {
        return spineCode;
    }

    OperationOutcome outcome() {
        return outcome(spineCode, issueType, getMessage());
    }

    /**
     * The outcome in the release the app called: R4's (Prescriptions Management) names the R4 code system and the UK
     * Core profile, as that specification's examples do.
     */
    static org.hl7.fhir.instance.model.api.IBaseResource inRelease(OperationOutcome outcome,
                                                                  org.citizenservices.spi.FhirRelease release) {
        if (release != org.citizenservices.spi.FhirRelease.R4) {
            return outcome;
        }
        String json = ca.uhn.fhir.context.FhirContext.forDstu3Cached().newJsonParser().encodeResourceToString(outcome)
                .replace(SPINE_CODES, R4_SPINE_CODES).replace(PROFILE, R4_PROFILE);
        return ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser().parseResource(json);
    }

    static OperationOutcome outcome(String spineCode, OperationOutcome.IssueType type, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.setMeta(new Meta().addProfile(PROFILE));
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type)
                .setDetails(new CodeableConcept().addCoding(new Coding(SPINE_CODES, spineCode, spineCode)))
                .setDiagnostics(diagnostics);
        return outcome;
    }
}
