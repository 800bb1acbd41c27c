package org.citizenservices.host.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.NhsNumber;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.Parameters;
import org.hl7.fhir.dstu3.model.Resource;

import java.util.List;
import java.util.Set;

/**
 * {@code POST /FHIR/STU3/Patient/$gpc.getstructuredrecord}: the request read strictly as the specification's
 * {@code Parameters}, the patient's NHS number checked, and a {@code collection} Bundle (its id the request's
 * {@code X-Request-ID}) with the patient and their practice. A section asked for that no installed capability serves
 * comes back as a warning inside the Bundle, as the specification does for a parameter it does not recognise.
 */
final class StructuredRecord {

    static final String BUNDLE_PROFILE =
            "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-StructuredRecord-Bundle-1";
    static final String OPERATION = "$gpc.getstructuredrecord";
    /** The sections a consumer may ask for, spelt as the specification spells them. */
    static final Set<String> SECTIONS = Set.of("includeAllergies", "includeMedication", "includeConsultations",
            "includeProblems", "includeImmunizations", "includeInvestigations", "includeUncategorisedData",
            "includeReferrals");

    private StructuredRecord() {
    }

    /** The request's Parameters, or 422 {@code INVALID_RESOURCE} saying what is wrong with them. */
    static Parameters parameters(FhirContext fhir, String body) {
        try {
            var parser = fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
            if (parser.parseResource(body) instanceof Parameters parameters) {
                return parameters;
            }
        } catch (DataFormatException | ClassCastException unreadable) {
            throw new FhirProblem(422, "INVALID_RESOURCE", OperationOutcome.IssueType.INVALID,
                    "The request body is not valid FHIR STU3 Parameters: " + FhirWire.firstLine(unreadable.getMessage()));
        }
        throw new FhirProblem(422, "INVALID_RESOURCE", OperationOutcome.IssueType.INVALID,
                "The request body must be a Parameters resource.");
    }

    /** The NHS number asked for: 422 {@code INVALID_PARAMETER} when missing, 400 {@code INVALID_NHS_NUMBER} when wrong. */
    static NhsNumber nhsNumber(Parameters parameters) {
        Identifier identifier = parameters.getParameter().stream()
                .filter(p -> "patientNHSNumber".equals(p.getName()) && p.getValue() instanceof Identifier)
                .map(p -> (Identifier) p.getValue()).findFirst()
                .orElseThrow(() -> new FhirProblem(422, "INVALID_PARAMETER", OperationOutcome.IssueType.REQUIRED,
                        "patientNHSNumber (a valueIdentifier) is required."));
        if (!FhirPatients.NHS_NUMBER_SYSTEM.equals(identifier.getSystem())) {
            throw new FhirProblem(422, "INVALID_PARAMETER", OperationOutcome.IssueType.INVALID,
                    "patientNHSNumber's system must be " + FhirPatients.NHS_NUMBER_SYSTEM + ".");
        }
        try {
            return new NhsNumber(identifier.getValue() == null ? "" : identifier.getValue().replace(" ", ""));
        } catch (InvalidValueException wrong) {
            throw new FhirProblem(400, "INVALID_NHS_NUMBER", OperationOutcome.IssueType.VALUE, wrong.getMessage());
        }
    }

    /** The Bundle: the patient, their practice and the sections served, then a warning for each not served. */
    static Bundle bundle(String base, String requestId, List<Resource> resources, List<OperationOutcome> warnings) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setId(requestId);
        bundle.getMeta().addProfile(BUNDLE_PROFILE);
        // each entry's identity, so that a reference such as Organization/1 resolves inside the Bundle
        resources.forEach(resource -> bundle.addEntry().setResource(resource)
                .setFullUrl(base + resource.fhirType() + "/" + resource.getIdElement().getIdPart()));
        warnings.forEach(warning -> bundle.addEntry().setResource(warning)
                .setFullUrl("urn:uuid:" + java.util.UUID.randomUUID()));
        return bundle;
    }

    /** A section asked for and not served, as the specification answers a parameter it does not recognise. */
    static OperationOutcome warning(String parameter, String why) {
        OperationOutcome warning = FhirProblem.outcome("NOT_IMPLEMENTED", OperationOutcome.IssueType.NOTSUPPORTED,
                parameter);
        warning.getIssueFirstRep().setSeverity(OperationOutcome.IssueSeverity.WARNING).getDetails().setText(why);
        return warning;
    }
}
