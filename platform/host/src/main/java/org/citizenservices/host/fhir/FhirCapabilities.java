package org.citizenservices.host.fhir;

import org.citizenservices.spi.FhirRelease;
import org.citizenservices.spi.FhirRoute;
import org.hl7.fhir.instance.model.api.IBaseResource;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code GET /FHIR/STU3/metadata} (and R4's): what this installation serves now. A capability's resources appear only
 * while its module is installed, so an app can tell from here, as from a 404, that a practice does not offer them;
 * the structured record's operation names the sections installed now.
 */
final class FhirCapabilities {

    static final String SOFTWARE = "Citizen Services";
    private static final String IMPLEMENTATION = "The GP practices of this Citizen Services installation";
    private static final String SECURITY = "An NHS login access token (P9) of the patient or their proxy: "
            + "Authorization: Bearer";

    private FhirCapabilities() {
    }

    static IBaseResource statement(FhirRelease release, GpConnectBook book) {
        Map<String, Set<String>> interactions = new LinkedHashMap<>();
        if (release == FhirRelease.STU3) {
            interactions.put("Patient", new TreeSet<>(Set.of("read")));
            interactions.put("Organization", new TreeSet<>(Set.of("read")));
        }
        List<FhirRoute> routes = book.routes().routes(release);
        routes.forEach(route -> interactions.computeIfAbsent(route.resourceType(), type -> new TreeSet<>())
                .add(route.interaction().code()));
        return release == FhirRelease.R4 ? r4(interactions) : stu3(interactions, book.sections().parameters());
    }

    private static IBaseResource stu3(Map<String, Set<String>> interactions, Set<String> sections) {
        var statement = new org.hl7.fhir.dstu3.model.CapabilityStatement();
        statement.setStatus(org.hl7.fhir.dstu3.model.Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(new Date());
        statement.setPublisher(SOFTWARE);
        statement.setKind(org.hl7.fhir.dstu3.model.CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName(SOFTWARE);
        statement.getImplementation().setDescription(IMPLEMENTATION);
        statement.setFhirVersion("3.0.1");
        statement.setAcceptUnknown(org.hl7.fhir.dstu3.model.CapabilityStatement.UnknownContentCode.NO);
        statement.addFormat("application/fhir+json");
        var rest = statement.addRest()
                .setMode(org.hl7.fhir.dstu3.model.CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().addService(new org.hl7.fhir.dstu3.model.CodeableConcept().addCoding(
                new org.hl7.fhir.dstu3.model.Coding("http://hl7.org/fhir/restful-security-service", "OAuth",
                        "OAuth"))).setDescription(SECURITY);
        interactions.forEach((type, codes) -> {
            var resource = rest.addResource().setType(type);
            codes.forEach(code -> resource.addInteraction().setCode(
                    org.hl7.fhir.dstu3.model.CapabilityStatement.TypeRestfulInteraction.fromCode(code)));
        });
        rest.addOperation().setName("gpc.getstructuredrecord").setDefinition(new org.hl7.fhir.dstu3.model.Reference(
                "https://fhir.nhs.uk/STU3/OperationDefinition/GPConnect-GetStructuredRecord-Operation-1")
                .setDisplay("Sections served now: " + (sections.isEmpty() ? "none (the patient and practice only)"
                        : String.join(", ", new TreeSet<>(sections)))));
        return statement;
    }

    private static IBaseResource r4(Map<String, Set<String>> interactions) {
        var statement = new org.hl7.fhir.r4.model.CapabilityStatement();
        statement.setStatus(org.hl7.fhir.r4.model.Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(new Date());
        statement.setPublisher(SOFTWARE);
        statement.setKind(org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName(SOFTWARE);
        statement.getImplementation().setDescription(IMPLEMENTATION);
        statement.setFhirVersion(org.hl7.fhir.r4.model.Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        var rest = statement.addRest()
                .setMode(org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().addService(new org.hl7.fhir.r4.model.CodeableConcept().addCoding(
                new org.hl7.fhir.r4.model.Coding("http://terminology.hl7.org/CodeSystem/restful-security-service",
                        "OAuth", "OAuth"))).setDescription(SECURITY);
        interactions.forEach((type, codes) -> {
            var resource = rest.addResource().setType(type);
            codes.forEach(code -> resource.addInteraction().setCode(
                    org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction.fromCode(code)));
        });
        return statement;
    }
}
