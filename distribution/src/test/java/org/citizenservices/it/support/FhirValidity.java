package org.citizenservices.it.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

import java.util.List;

/**
 * HAPI's validator over the base FHIR STU3 and R4 definitions: what GP Connect answers must be valid FHIR. NHS England's
 * profiles and extensions are not published in a form that loads here, so they are allowed, not checked.
 */
public final class FhirValidity {

    private static final java.util.Map<ca.uhn.fhir.context.FhirVersionEnum, FhirValidator> VALIDATORS =
            new java.util.EnumMap<>(ca.uhn.fhir.context.FhirVersionEnum.class);

    private FhirValidity() {
    }

    /** The errors HAPI finds in the resource, in words; empty when it is valid FHIR of its release (STU3 or R4). */
    public static synchronized List<String> errors(IBaseResource resource) {
        FhirValidator validator = VALIDATORS.computeIfAbsent(resource.getStructureFhirVersionEnum(), version -> {
            FhirContext fhir = FhirContext.forCached(version);
            FhirInstanceValidator instances = new FhirInstanceValidator(new ValidationSupportChain(
                    new DefaultProfileValidationSupport(fhir), new InMemoryTerminologyServerValidationSupport(fhir),
                    new CommonCodeSystemsTerminologyService(fhir)));
            instances.setAnyExtensionsAllowed(true);
            instances.setErrorForUnknownProfiles(false);
            return fhir.newValidator().registerValidatorModule(instances);
        });
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .filter(message -> !nhsProfileUnavailable(message.getMessage()))
                .map(FhirValidity::words).toList();
    }

    /** An NHS England profile the validator cannot load here: the resource is still checked against the base. */
    private static boolean nhsProfileUnavailable(String message) {
        return message != null && message.startsWith("Invalid profile. Failed to retrieve profile with url=https://fhir.")
                && (message.contains("fhir.nhs.uk/") || message.contains("fhir.hl7.org.uk/"));
    }

    private static String words(SingleValidationMessage message) {
        return message.getLocationString() + ": " + message.getMessage();
    }
}
