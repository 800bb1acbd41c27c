package org.citizenservices.host.integration;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.integration.ApiClients;
import org.citizenservices.core.api.integration.PatientImport;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.spi.ClinicalImport;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;
import org.hl7.fhir.r4.model.Patient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One FHIR R4 Bundle ({@code collection} or {@code transaction}) into the practice of the client sending it: every
 * entry checked by HAPI FHIR's strict parser; the Patients registered or updated by the core; each patient's other
 * resources handed to the capability that imports their type, in one transaction of that capability's; the
 * practice's own (Schedule, Slot, Practitioner, Location) likewise. A resource that fails is rejected with its
 * index and reason and the rest go on.
 */
public final class BundleImport {

    /** Resource types about the practice, not one patient. */
    static final Set<String> PRACTICE_LEVEL = Set.of("Schedule", "Slot", "Practitioner", "Location",
            "PractitionerRole", "Organization");
    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The modules keep a resource's key in a VARCHAR(300). */
    static final int MAX_SOURCE_KEY = 300;

    private final Core core;
    private final ClinicalImports imports;

    public BundleImport(Core core, ClinicalImports imports) {
        this.core = core;
        this.imports = imports;
    }

    /** A parsed entry that is still in the running. */
    private record Entry(int index, String type, String fullUrl, JsonNode json) {
    }

    /** @throws InvalidValueException when the body is not a Bundle of a kind we take */
    public ImportReport run(ApiClients.Caller caller, JsonNode bundle) {
        if (bundle == null || !"Bundle".equals(bundle.path("resourceType").asText())) {
            throw new InvalidValueException("Send a FHIR R4 Bundle (resourceType Bundle).");
        }
        String kind = bundle.path("type").asText();
        if (!Set.of("collection", "transaction").contains(kind)) {
            throw new InvalidValueException("The Bundle's type must be collection or transaction, not '" + kind + "'.");
        }
        JsonNode list = bundle.path("entry");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new InvalidValueException("The Bundle's entry must be an array.");
        }
        ImportReport report = new ImportReport();
        IParser parser = FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode resource = list.get(i).path("resource");
            String type = resource.path("resourceType").asText("");
            try {
                parser.parseResource(resource.toString());
                entries.add(new Entry(i, type, list.get(i).path("fullUrl").asText(null), resource));
            } catch (DataFormatException | IllegalArgumentException malformed) {
                report.count(ImportOutcome.Kind.REJECTED, i, type.isEmpty() ? "unknown" : type,
                        "Not a valid FHIR R4 resource: " + shorten(malformed.getMessage()));
            }
        }
        Map<String, Long> patients = importPatients(caller, parser, entries, report);
        storeTheRest(caller, entries, patients, report);
        core.patientImport().imported(caller, report.totals());
        return report;
    }

    private Map<String, Long> importPatients(ApiClients.Caller caller, IParser parser, List<Entry> entries,
                                             ImportReport report) {
        Map<String, Long> byReference = new HashMap<>();
        for (Entry entry : entries) {
            if (!"Patient".equals(entry.type())) {
                continue;
            }
            try {
                Patient patient = parser.parseResource(Patient.class, entry.json().toString());
                PatientImport.Imported imported = core.patientImport().importPatient(caller,
                        ImportedPatients.from(patient));
                report.count(ImportOutcome.Kind.valueOf(imported.change().name()), entry.index(), "Patient", null);
                if (entry.fullUrl() != null) {
                    byReference.put(entry.fullUrl(), imported.patientId());
                }
                if (patient.hasIdElement() && patient.getIdElement().getIdPart() != null) {
                    byReference.put("Patient/" + patient.getIdElement().getIdPart(), imported.patientId());
                }
            } catch (InvalidValueException | RuleViolationException refused) {
                report.count(ImportOutcome.Kind.REJECTED, entry.index(), "Patient", refused.getMessage());
            } catch (RuntimeException unusable) {
                // anything else about this one patient (a value HAPI read but we cannot use) rejects it alone
                report.count(ImportOutcome.Kind.REJECTED, entry.index(), "Patient", "This Patient could not be "
                        + "read: " + shorten(String.valueOf(unusable.getMessage())));
            }
        }
        return byReference;
    }

    private void storeTheRest(ApiClients.Caller caller, List<Entry> entries, Map<String, Long> patients,
                              ImportReport report) {
        // each patient's resources (and the practice's own, under null) per capability, in bundle order
        Map<Long, Map<ClinicalImport, List<FhirResource>>> batches = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if ("Patient".equals(entry.type())) {
                continue;
            }
            Optional<ClinicalImport> mapping = imports.forType(entry.type());
            if (mapping.isEmpty()) {
                report.skip(entry.index(), entry.type(), "No installed module imports " + entry.type()
                        + "; install the module that does and import again.");
                continue;
            }
            Long patientId = null;
            if (!PRACTICE_LEVEL.contains(entry.type())) {
                String reference = patientReference(entry.json());
                patientId = patients.get(reference);
                if (patientId == null) {
                    report.count(ImportOutcome.Kind.REJECTED, entry.index(), entry.type(), reference.isEmpty()
                            ? "It names no patient (subject, patient, or a Task's for)."
                            : "Its patient " + reference + " is not among this bundle's imported patients.");
                    continue;
                }
            }
            Optional<FhirResource> resource = resource(entry, report);
            if (resource.isPresent()) {
                batches.computeIfAbsent(patientId, p -> new LinkedHashMap<>())
                        .computeIfAbsent(mapping.get(), m -> new ArrayList<>()).add(resource.get());
            }
        }
        batches.forEach((patientId, byMapping) -> byMapping.forEach((mapping, resources) ->
                store(caller, mapping, patientId, resources, report)));
    }

    /** Whom a resource is about: {@code subject}, else {@code patient}, else a Task's {@code for}; "" for none. */
    private static String patientReference(JsonNode resource) {
        for (String field : List.of("subject", "patient", "for")) {
            String reference = resource.path(field).path("reference").asText("");
            if (!reference.isEmpty()) {
                return reference;
            }
        }
        return "";
    }

    private void store(ApiClients.Caller caller, ClinicalImport mapping, Long patientId,
                       List<FhirResource> resources, ImportReport report) {
        Map<Integer, String> types = new HashMap<>();
        resources.forEach(r -> types.put(r.index(), r.resourceType()));
        try {
            Map<ImportOutcome.Kind, Integer> counts = new java.util.EnumMap<>(ImportOutcome.Kind.class);
            for (ImportOutcome outcome : mapping.store(caller.odsCode(), patientId, resources)) {
                report.count(outcome.kind(), outcome.index(), types.getOrDefault(outcome.index(), "unknown"),
                        outcome.reason());
                counts.merge(outcome.kind(), 1, Integer::sum);
            }
            // every change to a patient's record is on their audit trail, under the client's name
            if (counts.containsKey(ImportOutcome.Kind.CREATED) || counts.containsKey(ImportOutcome.Kind.UPDATED)) {
                core.audit().entry(caller.actor(),
                        "CLINICAL_RECORDS_IMPORTED").patient(patientId).practice(caller.practiceId())
                        .detail(String.join(" ", new java.util.TreeSet<>(types.values())) + ": " + counts)
                        .now(org.citizenservices.core.api.audit.Outcome.SUCCESS);
            }
        } catch (RuntimeException failed) {
            // the module's transaction rolled back: none of these resources is stored
            resources.forEach(r -> report.count(ImportOutcome.Kind.REJECTED, r.index(), r.resourceType(),
                    "The module could not store this patient's " + r.resourceType() + " resources: "
                            + shorten(String.valueOf(failed.getMessage()))));
        }
    }

    /** The resource for its module: its key across imports and whether it is restricted from online view. */
    @SuppressWarnings("unchecked")
    private static Optional<FhirResource> resource(Entry entry, ImportReport report) {
        JsonNode identifier = entry.json().path("identifier").path(0);
        String key = identifier.hasNonNull("system") && identifier.hasNonNull("value")
                ? identifier.get("system").asText() + "|" + identifier.get("value").asText()
                : entry.json().hasNonNull("id") ? entry.type() + "/" + entry.json().get("id").asText() : null;
        if (key == null) {
            report.count(ImportOutcome.Kind.REJECTED, entry.index(), entry.type(), "It needs an identifier or an "
                    + "id, so that importing it again updates it instead of adding a copy.");
            return Optional.empty();
        }
        if (key.length() > MAX_SOURCE_KEY) {
            report.count(ImportOutcome.Kind.REJECTED, entry.index(), entry.type(), "Its identifier (system and "
                    + "value) is longer than " + MAX_SOURCE_KEY + " characters.");
            return Optional.empty();
        }
        boolean restricted = false;
        for (JsonNode label : entry.json().path("meta").path("security")) {
            restricted |= CONFIDENTIALITY.equals(label.path("system").asText())
                    && Set.of("R", "V").contains(label.path("code").asText());
        }
        return Optional.of(new FhirResource(entry.index(), entry.type(), key, restricted,
                JSON.convertValue(entry.json(), Map.class)));
    }

    private static String shorten(String message) {
        String text = message == null ? "" : message.replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
