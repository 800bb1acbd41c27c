package org.citizenservices.host.fhir;

import org.citizenservices.host.modules.Contributions;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.StructuredRecordSection;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of the structured record the installed capabilities serve, by the operation's parameter that asks for
 * each; a section goes when its capability goes, and is then answered with a warning in the Bundle.
 */
public final class RecordSectionTable implements Contributions<StructuredRecordSection> {

    /** A section and the capability and service it comes with. */
    record Served(String capabilityId, CitizenService service, StructuredRecordSection section) {
    }

    private final Map<String, Served> byParameter = new LinkedHashMap<>();

    @Override
    public synchronized void checkCanAdd(String capabilityId, List<StructuredRecordSection> sections) {
        Set<String> seen = new HashSet<>();
        for (StructuredRecordSection section : sections) {
            String parameter = section.parameter();
            if (!StructuredRecord.SECTIONS.contains(parameter)) {
                throw new IllegalArgumentException("'" + parameter + "' is not a section of GP Connect's structured "
                        + "record; the sections are " + new java.util.TreeSet<>(StructuredRecord.SECTIONS));
            }
            Served other = byParameter.get(parameter);
            if (!seen.add(parameter) || (other != null && !other.capabilityId().equals(capabilityId))) {
                throw new IllegalArgumentException("the structured record section " + parameter + " is served "
                        + "twice" + (other == null ? "" : ", already by module '" + other.capabilityId() + "'"));
            }
        }
    }

    @Override
    public synchronized void add(String capabilityId, String displayName, CitizenService service,
                                 List<StructuredRecordSection> sections) {
        checkCanAdd(capabilityId, sections);
        sections.forEach(section -> byParameter.put(section.parameter(),
                new Served(capabilityId, service, section)));
    }

    @Override
    public synchronized List<StructuredRecordSection> remove(String capabilityId) {
        List<StructuredRecordSection> removed = byParameter.values().stream()
                .filter(served -> served.capabilityId().equals(capabilityId)).map(Served::section).toList();
        byParameter.values().removeIf(served -> served.capabilityId().equals(capabilityId));
        return removed;
    }

    synchronized Optional<Served> section(String parameter) {
        return Optional.ofNullable(byParameter.get(parameter));
    }

    synchronized Set<String> parameters() {
        return Set.copyOf(byParameter.keySet());
    }
}
