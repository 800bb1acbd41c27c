package org.citizenservices.host.fhir;

import org.citizenservices.core.api.patient.PatientDetails;
import org.citizenservices.core.api.practice.PracticeDetails;
import org.hl7.fhir.dstu3.model.CodeableConcept;
import org.hl7.fhir.dstu3.model.Coding;
import org.hl7.fhir.dstu3.model.DateType;
import org.hl7.fhir.dstu3.model.Enumerations;
import org.hl7.fhir.dstu3.model.HumanName;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Patient;
import org.hl7.fhir.dstu3.model.Reference;

/** A patient and their practice as GP Connect's CareConnect profiles show them. */
final class FhirPatients {

    static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
    static final String PATIENT_PROFILE = "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1";
    static final String ORGANIZATION_PROFILE =
            "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1";
    static final String VERIFICATION_EXTENSION =
            "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1";
    static final String VERIFICATION_CODES =
            "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1";

    private FhirPatients() {
    }

    static Patient patient(PatientDetails details, PracticeDetails practice) {
        Patient patient = new Patient();
        patient.setId(String.valueOf(details.id()));
        patient.getMeta().addProfile(PATIENT_PROFILE);
        Identifier nhs = patient.addIdentifier().setSystem(NHS_NUMBER_SYSTEM).setValue(details.nhsNumber().value());
        // the practice holds the number from its clinical system, traced against the Spine
        nhs.addExtension(VERIFICATION_EXTENSION, new CodeableConcept().addCoding(new Coding(VERIFICATION_CODES, "01",
                "Number present and verified")));
        HumanName name = patient.addName().setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(details.name().familyName());
        for (String given : details.name().forenames().split("\\s+")) {
            if (!given.isBlank()) {
                name.addGiven(given);
            }
        }
        if (details.name().title() != null) {
            name.addPrefix(details.name().title());
        }
        patient.setGender(switch (details.sex()) {
            case FEMALE -> Enumerations.AdministrativeGender.FEMALE;
            case MALE -> Enumerations.AdministrativeGender.MALE;
            case OTHER -> Enumerations.AdministrativeGender.OTHER;
            case UNKNOWN -> Enumerations.AdministrativeGender.UNKNOWN;
        });
        patient.setBirthDateElement(new DateType(details.dateOfBirth().toString()));
        patient.setManagingOrganization(new Reference("Organization/" + practice.id())
                .setDisplay(practice.name()));
        return patient;
    }

    static Organization organization(PracticeDetails practice) {
        Organization organization = new Organization();
        organization.setId(String.valueOf(practice.id()));
        organization.getMeta().addProfile(ORGANIZATION_PROFILE);
        organization.addIdentifier().setSystem(ODS_SYSTEM).setValue(practice.odsCode().value());
        organization.setName(practice.name());
        if (practice.telephone() != null) {
            organization.addTelecom().setSystem(org.hl7.fhir.dstu3.model.ContactPoint.ContactPointSystem.PHONE)
                    .setValue(practice.telephone()).setUse(org.hl7.fhir.dstu3.model.ContactPoint.ContactPointUse.WORK);
        }
        organization.addAddress().setText(practice.address())
                .setPostalCode(practice.postcode() == null ? null : practice.postcode().value());
        return organization;
    }
}
