package org.citizenservices.host.fhir;

import org.citizenservices.spi.CitizenService;
import org.hl7.fhir.dstu3.model.CapabilityStatement;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Coding;
import org.hl7.fhir.dstu3.model.Enumerations;

import java.util.Date;
import java.util.Set;

/**
 * {@code GET /FHIR/STU3/metadata}: what this installation serves now. Resources of a capability appear only while its
 * module is installed, so an app can tell from here, as from a 404, that a practice does not offer it.
 */
final class FhirCapabilities {

    static final String SOFTWARE = "Citizen Services";

    private FhirCapabilities() {
    }

    static CapabilityStatement statement(Set<CitizenService> installed) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(new Date());
        statement.setPublisher(SOFTWARE);
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName(SOFTWARE);
        statement.setFhirVersion("3.0.1");
        statement.setAcceptUnknown(CapabilityStatement.UnknownContentCode.NO);
        statement.addFormat("application/fhir+json");
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest()
                .setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().addService(new CodeableConcept().addCoding(new Coding(
                "http://hl7.org/fhir/restful-security-service", "OAuth", "OAuth")))
                .setDescription("An NHS login access token (P9) of the patient or their proxy: Authorization: Bearer");
        rest.addResource().setType("Patient")
                .addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        rest.addOperation().setName("gpc.getstructuredrecord").setDefinition(new org.hl7.fhir.dstu3.model.Reference(
                "https://fhir.nhs.uk/STU3/OperationDefinition/GPConnect-GetStructuredRecord-Operation-1"));
        rest.addResource().setType("Organization")
                .addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        return statement;
    }
}
