package org.citizenservices.record.internal.gpconnect;

import org.citizenservices.record.internal.EntryType;
import org.citizenservices.record.internal.RecordItem;
import org.citizenservices.record.internal.TestResult;
import org.citizenservices.spi.FhirJson;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.citizenservices.spi.FhirJson.object;
import static org.citizenservices.spi.FhirJson.reference;

/**
 * An item of the record as the FHIR STU3 resource GP Connect gives it: AllergyIntolerance, MedicationStatement (with
 * its Medication), Condition, Immunization, Encounter or Observation — coded in SNOMED CT when the entry was, always
 * with the term in words, and with free text and comments only where the patient's level shows them (the item
 * carries none otherwise).
 */
final class ClinicalResources {

    /** STU3's code system for an Observation's interpretation (the same codes as R4's v3 system). */
    private static final String INTERPRETATION = "http://hl7.org/fhir/v2/0078";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final long patientId;
    private final ZoneId zone;

    ClinicalResources(long patientId, ZoneId zone) {
        this.patientId = patientId;
        this.zone = zone;
    }

    /** A FHIR dateTime, with the practice's offset and whole seconds. */
    static String dateTime(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).format(DATE_TIME);
    }

    List<Map<String, Object>> of(RecordItem item) {
        String id = Long.toString(item.itemId());
        String at = dateTime(item.effectiveAt(), zone);
        Map<String, Object> code = FhirJson.concept(FhirJson.SNOMED, item.snomedId(), item.term());
        Object patient = reference("Patient", patientId);
        List<Object> notes = notes(item);
        return switch (item.section()) {
            case ALLERGIES -> List.of(FhirJson.resource("AllergyIntolerance", id,
                    "clinicalStatus", "active", "verificationStatus", "confirmed",
                    "type", item.type() == EntryType.ALLERGY ? "allergy" : "intolerance",
                    "code", code, "patient", patient, "assertedDate", at, "note", notes));
            case MEDICATIONS -> List.of(FhirJson.resource("MedicationStatement", id,
                            "status", "active",
                            "medicationReference", reference("Medication", id),
                            "effectivePeriod", object("start", at), "dateAsserted", at,
                            "subject", patient, "taken", "unk", "note", notes,
                            "dosage", item.details() == null ? null : List.of(object("text", item.details())),
                            "extension", List.of(prescribingAgency(item.type()))),
                    FhirJson.resource("Medication", id, "code", code));
            case PROBLEMS -> List.of(FhirJson.resource("Condition", id,
                    "clinicalStatus", item.type() == EntryType.ACTIVE_PROBLEM ? "active" : "resolved",
                    "code", code, "subject", patient, "onsetDateTime", at, "assertedDate", at, "note", notes));
            case IMMUNISATIONS -> List.of(FhirJson.resource("Immunization", id,
                    "status", "completed", "notGiven", false, "vaccineCode", code, "patient", patient,
                    "date", at, "primarySource", true, "note", notes));
            case CONSULTATIONS -> List.of(FhirJson.resource("Encounter", id,
                    "status", "finished", "type", List.of(code), "subject", patient,
                    "period", object("start", at),
                    // the entries recorded in it that this reader may see, as the reasons it records
                    "reason", item.codedEntries().stream().map(FhirJson::text).toList()));
            case TEST_RESULTS -> List.of(observation(item, id, code, patient, at));
            default -> List.of();
        };
    }

    /**
     * A result: its value as written (it may not be a number), its range and flag, and in its comment the clinician's
     * words for the patient first, then any free text the level shows.
     */
    private static Map<String, Object> observation(RecordItem item, String id, Map<String, Object> code,
                                                   Object patient, String at) {
        TestResult result = item.result() == null ? TestResult.of(null, null, null) : item.result();
        String notes = comment(item);
        String comment = result.comment() == null ? notes : notes == null ? result.comment()
                : result.comment() + "\n" + notes;
        return FhirJson.resource("Observation", id,
                "status", "final", "code", code, "subject", patient, "effectiveDateTime", at,
                "valueString", item.details(), "comment", comment,
                "interpretation", result.flag() == null ? null : FhirJson.concept(INTERPRETATION, result.flag().code(),
                        result.flag().label()),
                "referenceRange", result.referenceRange() == null ? null
                        : List.of(object("text", result.referenceRange())));
    }

    /** Free text and the practice's annotation, where the level shows them. */
    private static List<Object> notes(RecordItem item) {
        return java.util.stream.Stream.of(item.freeText(), item.annotation())
                .filter(text -> text != null && !text.isBlank()).map(text -> (Object) object("text", text)).toList();
    }

    private static String comment(RecordItem item) {
        String joined = String.join("\n", notes(item).stream()
                .map(note -> (String) ((Map<?, ?>) note).get("text")).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** Whether a medicine is repeated or acute, as GP Connect's prescribing-type extension says it. */
    private static Map<String, Object> prescribingAgency(EntryType type) {
        return object("url",
                "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescribingType-1",
                "valueCodeableConcept", FhirJson.concept(
                        "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescribingType-1",
                        type == EntryType.REPEAT_MEDICATION ? "repeat" : "acute",
                        type == EntryType.REPEAT_MEDICATION ? "Repeat" : "Acute"));
    }
}
