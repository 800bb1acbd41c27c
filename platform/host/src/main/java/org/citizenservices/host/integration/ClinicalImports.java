package org.citizenservices.host.integration;

import org.citizenservices.host.modules.Contributions;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.ClinicalImport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which installed capability imports which FHIR resource type. A type is owned by one capability: a second that
 * claims it is refused at its start, changing nothing.
 */
public final class ClinicalImports implements Contributions<ClinicalImport> {

    private record Owner(String capabilityId, ClinicalImport mapping) {
    }

    private final Map<String, Owner> byType = new LinkedHashMap<>();

    @Override
    public synchronized void checkCanAdd(String capabilityId, List<ClinicalImport> contributions) {
        for (ClinicalImport mapping : contributions) {
            for (String type : mapping.resourceTypes()) {
                Owner owner = byType.get(type);
                if (owner != null && !owner.capabilityId().equals(capabilityId)) {
                    throw new IllegalStateException(type + " is imported by module '" + owner.capabilityId()
                            + "' already");
                }
                if ("Patient".equals(type)) {
                    throw new IllegalStateException("Patient is the core's to import");
                }
            }
        }
    }

    @Override
    public synchronized void add(String capabilityId, String displayName, CitizenService service,
                                 List<ClinicalImport> contributions) {
        checkCanAdd(capabilityId, contributions);
        contributions.forEach(mapping -> mapping.resourceTypes().forEach(type ->
                byType.put(type, new Owner(capabilityId, mapping))));
    }

    @Override
    public synchronized List<ClinicalImport> remove(String capabilityId) {
        List<ClinicalImport> removed = byType.values().stream().filter(o -> o.capabilityId().equals(capabilityId))
                .map(Owner::mapping).distinct().toList();
        byType.values().removeIf(o -> o.capabilityId().equals(capabilityId));
        return removed;
    }

    /** The installed mapping of a resource type, if a capability imports it now. */
    public synchronized Optional<ClinicalImport> forType(String resourceType) {
        return Optional.ofNullable(byType.get(resourceType)).map(Owner::mapping);
    }
}
