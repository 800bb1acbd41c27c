package org.citizenservices.record.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.spi.FhirJson;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.citizenservices.spi.FhirJson.object;

/**
 * A {@link RecordCopy} as a FHIR R4 {@code collection} Bundle, for another app: the Patient (name; date of birth and
 * NHS number only where the page shows them) and one resource per item — AllergyIntolerance, MedicationStatement,
 * Condition, Immunization, Encounter, Observation, DocumentReference (title and type; the file is opened on its own)
 * or Basic (administrative) — coded in SNOMED CT when the entry was, always with the term in words, with who recorded
 * it, and with free text, comments and annotations exactly where the page shows them.
 */
final class RecordBundle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final String TERMINOLOGY = "http://terminology.hl7.org/CodeSystem/";

    private final RecordCopy copy;
    private final String patient;

    private RecordBundle(RecordCopy copy) {
        this.copy = copy;
        this.patient = urn("patient-" + copy.patient().patientId());
    }

    static byte[] of(RecordCopy copy) {
        RecordBundle bundle = new RecordBundle(copy);
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(object("fullUrl", bundle.patient, "resource", bundle.patientResource()));
        for (RecordItem item : copy.items()) {
            entries.add(object("fullUrl", urn("item-" + item.itemId()), "resource", bundle.resource(item)));
        }
        Map<String, Object> document = object("resourceType", "Bundle",
                "id", UUID.nameUUIDFromBytes((copy.patient().patientId() + "@" + copy.madeAt()).getBytes(
                        StandardCharsets.UTF_8)).toString(),
                "type", "collection", "timestamp", bundle.dateTime(copy.madeAt()), "entry", entries);
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record bundle could not be written", e);
        }
    }

    private Map<String, Object> patientResource() {
        boolean shown = copy.demographics();
        return object("resourceType", "Patient",
                "identifier", shown ? List.of(FhirJson.identifier(FhirJson.NHS_NUMBER, copy.patient().nhsNumber()))
                        : null,
                "name", List.of(object("text", copy.patient().displayName())),
                "birthDate", shown ? copy.patient().dateOfBirth().toString() : null);
    }

    private Map<String, Object> resource(RecordItem item) {
        Map<String, Object> code = FhirJson.concept(FhirJson.SNOMED, item.snomedId(), item.term());
        Map<String, Object> subject = object("reference", patient);
        Map<String, Object> who = object("display", who(item));
        String at = dateTime(item.effectiveAt());
        return switch (item.section()) {
            case ALLERGIES -> object("resourceType", "AllergyIntolerance",
                    "clinicalStatus", coded("allergyintolerance-clinical", "active"),
                    "verificationStatus", coded("allergyintolerance-verification", "confirmed"),
                    "type", item.type() == EntryType.ALLERGY ? "allergy" : "intolerance",
                    "code", code, "patient", subject, "recordedDate", at, "recorder", who, "note", notes(item));
            case MEDICATIONS -> object("resourceType", "MedicationStatement", "status", "active",
                    "medicationCodeableConcept", code, "subject", subject, "effectiveDateTime", at,
                    "informationSource", who, "note", notes(item),
                    "dosage", item.details() == null ? null : List.of(object("text", item.details())));
            case PROBLEMS -> object("resourceType", "Condition",
                    "clinicalStatus", coded("condition-clinical",
                            item.type() == EntryType.ACTIVE_PROBLEM ? "active" : "resolved"),
                    "code", code, "subject", subject, "onsetDateTime", at, "recorder", who, "note", notes(item));
            case IMMUNISATIONS -> object("resourceType", "Immunization", "status", "completed",
                    "vaccineCode", code, "patient", subject, "occurrenceDateTime", at,
                    "performer", List.of(object("actor", who)), "note", notes(item));
            case CONSULTATIONS -> object("resourceType", "Encounter", "text", narrative(item), "status", "finished",
                    "class", object("system", TERMINOLOGY + "v3-ActCode", "code", "AMB", "display", "ambulatory"),
                    "type", List.of(code), "subject", subject, "participant", List.of(object("individual", who)),
                    "period", object("start", at),
                    "reasonCode", Stream.concat(Stream.ofNullable(item.problem()), item.codedEntries().stream())
                            .map(FhirJson::text).toList());
            case TEST_RESULTS -> ResultResources.observation(item, code, subject, who, at);
            case DOCUMENTS -> object("resourceType", "DocumentReference", "text", narrative(item),
                    "status", "current", "type", FhirJson.text(item.type().label()), "subject", subject,
                    "date", at, "author", List.of(who), "description", item.term(),
                    "content", List.of(object("attachment", object("contentType", item.document(),
                            "title", item.term()))));
            case ADMINISTRATIVE -> object("resourceType", "Basic", "text", narrative(item), "code", code,
                    "subject", subject, "created", item.effectiveAt().toLocalDate().toString(), "author", who);
        };
    }

    /** Who recorded it, as the page says: "Dr Asha Patel, General Practitioner — Riverside Medical Practice". */
    static String who(RecordItem item) {
        return item.source().recordedBy();
    }

    /** Free text and the practice's annotation, where the level shows them (the item carries none otherwise). */
    static List<Object> notes(RecordItem item) {
        return Stream.of(item.freeText(), item.annotation() == null ? null : "Practice note: " + item.annotation())
                .filter(text -> text != null && !text.isBlank()).map(text -> (Object) object("text", text)).toList();
    }

    /** The notes as the resource's narrative, for the resources that have no {@code note}. */
    private static Map<String, Object> narrative(RecordItem item) {
        List<Object> notes = notes(item);
        if (notes.isEmpty()) {
            return null;
        }
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        notes.forEach(note -> div.append("<p>").append(escape((String) ((Map<?, ?>) note).get("text")))
                .append("</p>"));
        return object("status", "additional", "div", div.append("</div>").toString());
    }

    private static Map<String, Object> coded(String codeSystem, String code) {
        return object("coding", List.of(object("system", TERMINOLOGY + codeSystem, "code", code)));
    }

    private String dateTime(LocalDateTime local) {
        return local.atZone(copy.zone()).format(DATE_TIME);
    }

    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A value as FHIR's decimal: the number as the laboratory wrote it, or {@code null} when it is not one. */
    static BigDecimal decimal(String value) {
        return ResultTrend.number(value) == null ? null : new BigDecimal(value.trim());
    }
}
