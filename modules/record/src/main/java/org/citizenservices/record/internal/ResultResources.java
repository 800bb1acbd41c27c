package org.citizenservices.record.internal;

import org.citizenservices.spi.FhirJson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.citizenservices.spi.FhirJson.object;

/**
 * A test result as a FHIR R4 Observation for a downloaded record: the value as a quantity when it is a number (else as
 * written), the laboratory's flag as its interpretation, the range as text, the request it answers, and in its notes
 * the clinician's comment for the patient first.
 */
final class ResultResources {

    private ResultResources() {
    }

    static Map<String, Object> observation(RecordItem item, Map<String, Object> code, Map<String, Object> subject,
                                           Map<String, Object> who, String at) {
        TestResult result = item.result() == null ? TestResult.of(null, null, null) : item.result();
        BigDecimal number = RecordBundle.decimal(result.value());
        List<Object> notes = new ArrayList<>();
        if (result.comment() != null) {
            notes.add(object("text", "Comment from your practice: " + result.comment()));
        }
        notes.addAll(RecordBundle.notes(item));
        return object("resourceType", "Observation", "status", "final",
                "category", List.of(object("coding", List.of(object(
                        "system", "http://terminology.hl7.org/CodeSystem/observation-category",
                        "code", item.type() == EntryType.RADIOLOGY_RESULT ? "imaging" : "laboratory")))),
                "basedOn", result.request() == null ? null : List.of(object("display", result.request())),
                "code", code, "subject", subject, "effectiveDateTime", at, "performer", List.of(who),
                "valueQuantity", number == null ? null : object("value", number, "unit", result.unit()),
                "valueString", number == null ? result.value() : null,
                "interpretation", result.flag() == null ? null : List.of(FhirJson.concept(
                        ResultFlag.INTERPRETATION_SYSTEM, result.flag().code(), result.flag().label())),
                "note", notes,
                "referenceRange", result.referenceRange() == null ? null
                        : List.of(object("text", result.referenceRange())));
    }
}
