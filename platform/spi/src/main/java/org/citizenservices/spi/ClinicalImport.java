package org.citizenservices.spi;

import java.util.List;
import java.util.Set;

/**
 * A capability's part of a practice's import from its clinical system: the FHIR R4 resource types (in UK Core shape)
 * it owns and how it stores them. The host parses the bundle, registers the patients, and hands each capability the
 * resources of its types, a patient at a time; a type no installed capability imports is reported as skipped, never
 * silently lost.
 *
 * @since 1.12
 */
public interface ClinicalImport {

    /** The resource types this capability stores, e.g. {@code "Condition"}, {@code "AllergyIntolerance"}. */
    Set<String> resourceTypes();

    /**
     * Stores the resources in one transaction of the capability's own, one outcome per resource. A resource
     * imported before (the same {@link FhirResource#sourceKey()}) is updated in place, or left {@code UNCHANGED}; one
     * the capability cannot use is {@code REJECTED} with a reason and the rest are still stored.
     *
     * @param practiceOds the ODS code of the practice importing, as the capability's rows name it
     * @param patientId   the patient the resources are about; null for the practice's own (a Schedule, a Slot)
     */
    List<ImportOutcome> store(String practiceOds, Long patientId, List<FhirResource> resources);
}
