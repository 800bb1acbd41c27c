package org.citizenservices.record.internal.gpconnect;

import org.citizenservices.record.internal.RecordItem;
import org.citizenservices.record.internal.RecordSection;
import org.citizenservices.record.internal.ViewRecord;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.FhirJson;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.StructuredRecordSection;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.citizenservices.spi.FhirJson.object;
import static org.citizenservices.spi.FhirJson.reference;

/**
 * One section of GP Connect's structured record from the patient's record as they may see it online
 * ({@link ViewRecord#section}: their level, never restricted, unreviewed or unfiled entries): a {@code List} coded as
 * the specification codes that section, then each item as its clinical resource ({@link ClinicalResources}).
 */
final class RecordSectionList implements StructuredRecordSection {

    /** How the specification names and codes a section's List (SNOMED CT). */
    record Heading(String parameter, RecordSection section, String code, String title) {
    }

    private static final String LIST_PROFILE = "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-List-1";

    private final Heading heading;
    private final Supplier<ViewRecord> record;
    private final ServiceAccess access;
    private final Clock practiceClock;

    RecordSectionList(Heading heading, Supplier<ViewRecord> record, ServiceAccess access, Clock practiceClock) {
        this.heading = heading;
        this.record = record;
        this.access = access;
        this.practiceClock = practiceClock;
    }

    @Override
    public String parameter() {
        return heading.parameter();
    }

    @Override
    public List<Map<String, Object>> resources(Map<String, Object> parameter) {
        SectionOptions options = new SectionOptions(parameter);
        List<RecordItem> items = options.apply(record.get().section(heading.section(),
                "GP Connect " + heading.parameter()));
        CurrentCitizen citizen = access.currentCitizen().orElseThrow();
        ClinicalResources clinical = new ClinicalResources(citizen.actingFor().patientId(), practiceClock.getZone());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (RecordItem item : items) {
            entries.addAll(clinical.of(item));
        }
        List<Map<String, Object>> listed = entries.stream()
                .filter(resource -> !"Medication".equals(resource.get("resourceType"))).toList();
        List<Map<String, Object>> resources = new ArrayList<>();
        resources.add(list(citizen, listed));
        resources.addAll(entries);
        return resources;
    }

    /** The section's List: an entry per item, or the specification's empty reason when there is none. */
    private Map<String, Object> list(CurrentCitizen citizen, List<Map<String, Object>> listed) {
        boolean empty = listed.isEmpty();
        return FhirJson.resource("List", heading.parameter().substring("include".length()).toLowerCase(),
                "meta", object("profile", List.of(LIST_PROFILE)),
                "status", "current",
                "mode", "snapshot",
                "title", heading.title(),
                "code", FhirJson.concept(FhirJson.SNOMED, heading.code(), heading.title()),
                "subject", reference("Patient", citizen.actingFor().patientId()),
                "date", ClinicalResources.dateTime(LocalDateTime.now(practiceClock), practiceClock.getZone()),
                "orderedBy", FhirJson.concept("http://hl7.org/fhir/list-order", "event-date",
                        "Sorted by Event Date"),
                "note", empty ? List.of(object("text", "Information not available")) : null,
                "emptyReason", empty ? FhirJson.concept("http://hl7.org/fhir/list-empty-reason", "nilknown",
                        "Nil Known") : null,
                "entry", listed.stream().map(resource -> object("item", reference(
                        (String) resource.get("resourceType"), resource.get("id")))).toList());
    }
}
