package org.citizenservices.record.internal;

import org.citizenservices.spi.FhirResource;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * UK Core resources as record entries: Condition (active or past problem), AllergyIntolerance, Observation (a
 * pathology or radiology result with value, unit, range, the laboratory's flag, the clinician's comment for the patient
 * and the request it answers; filed or not by its status), Immunization and Encounter (a consultation). The term
 * is the concept's text, else its SNOMED CT display; the date its onset, occurrence or effective time, else when it
 * was recorded.
 */
final class FhirEntries {

    static final String SNOMED = "http://snomed.info/sct";
    static final List<String> TYPES = List.of("Condition", "AllergyIntolerance", "Observation", "Immunization",
            "Encounter");

    private FhirEntries() {
    }

    /** Whether the clinical system says the resource was recorded by mistake (its status or verification status). */
    static boolean enteredInError(FhirResource resource) {
        String status = switch (resource.resourceType()) {
            case "Condition", "AllergyIntolerance" ->
                    resource.text("verificationStatus", "coding", 0, "code").orElse("");
            default -> resource.text("status").orElse("");
        };
        return "entered-in-error".equals(status);
    }

    /**
     * Whether a clinician has filed a result in the clinical system, by the Observation's status: {@code final},
     * {@code amended} or {@code corrected} are filed; {@code registered} or {@code preliminary} are not, and are never
     * shown online until they are.
     *
     * @throws IllegalArgumentException for any other status (cancelled, unknown, none), which says neither
     */
    static boolean filed(FhirResource observation) {
        String status = observation.text("status").orElse("");
        return switch (status) {
            case "final", "amended", "corrected" -> true;
            case "registered", "preliminary" -> false;
            default -> throw new IllegalArgumentException("An Observation's status must say whether a clinician has "
                    + "filed it: final, amended or corrected (shown online), or registered or preliminary (not shown "
                    + "until filed); not '" + (status.length() > 40 ? status.substring(0, 40) + "…" : status) + "'.");
        };
    }

    /** Whether an entry stored before could have come from a resource of this type: a key names one resource. */
    static boolean sameKind(EntryType stored, String resourceType) {
        return switch (stored) {
            case ACTIVE_PROBLEM, PAST_PROBLEM -> "Condition".equals(resourceType);
            case ALLERGY, ADVERSE_REACTION -> "AllergyIntolerance".equals(resourceType);
            case PATHOLOGY_RESULT, RADIOLOGY_RESULT -> "Observation".equals(resourceType);
            case IMMUNISATION -> "Immunization".equals(resourceType);
            case CONSULTATION -> "Encounter".equals(resourceType);
            case CLINICAL_DOCUMENT, ADMINISTRATIVE_DOCUMENT -> FhirDocuments.TYPE.equals(resourceType);
            default -> false;
        };
    }

    /** @throws IllegalArgumentException saying what the resource lacks */
    static NewEntry entry(FhirResource resource, Source source) {
        NewEntry entry = switch (resource.resourceType()) {
            case "Condition" -> coded(resource, problemType(resource), "code", source,
                    date(resource, "onsetDateTime", "recordedDate"));
            case "AllergyIntolerance" -> coded(resource, "intolerance".equals(resource.text("type").orElse(""))
                            ? EntryType.ADVERSE_REACTION : EntryType.ALLERGY, "code", source,
                    date(resource, "onsetDateTime", "recordedDate")).withFreeText(reactions(resource));
            case "Observation" -> result(resource, source);
            case "Immunization" -> coded(resource, EntryType.IMMUNISATION, "vaccineCode", source,
                    date(resource, "occurrenceDateTime", "recorded"));
            case "Encounter" -> coded(resource, EntryType.CONSULTATION, "type", source,
                    date(resource, new Object[]{"period", "start"}, "period.end"));
            default -> throw new IllegalArgumentException("View Record does not import " + resource.resourceType());
        };
        // an Observation's note is the clinician's comment for the patient, kept with the result
        String note = "Observation".equals(resource.resourceType()) ? null : notes(resource);
        NewEntry withNote = note != null && entry.freeText() == null ? entry.withFreeText(note) : entry;
        return resource.restricted() ? withNote.markedRestricted() : withNote;
    }

    private static EntryType problemType(FhirResource condition) {
        String status = condition.text("clinicalStatus", "coding", 0, "code").orElse("active");
        return List.of("active", "recurrence", "relapse").contains(status) ? EntryType.ACTIVE_PROBLEM
                : EntryType.PAST_PROBLEM;
    }

    private static NewEntry coded(FhirResource resource, EntryType type, String concept, Source source,
                                  LocalDateTime at) {
        Object[] path = "type".equals(concept) ? new Object[]{concept, 0} : new Object[]{concept};
        Optional<FhirResource.Coding> snomed = resource.coding(SNOMED, path);
        String term = resource.text(append(path, "text")).or(() -> snomed.map(FhirResource.Coding::display))
                .or(() -> resource.text(append(path, "coding"), 0, "display"))
                .orElseThrow(() -> new IllegalArgumentException(resource.resourceType() + " needs " + concept
                        + " with text or a coding's display."));
        return NewEntry.coded(type, snomed.map(FhirResource.Coding::code).orElse(null), term, at, source);
    }

    private static NewEntry result(FhirResource observation, Source source) {
        boolean imaging = observation.list("category").stream().anyMatch(category -> String.valueOf(category)
                .contains("imaging"));
        NewEntry coded = coded(observation, imaging ? EntryType.RADIOLOGY_RESULT : EntryType.PATHOLOGY_RESULT,
                "code", source, date(observation, "effectiveDateTime", "issued"));
        String value = observation.text("valueQuantity", "value")
                .or(() -> observation.text("valueString"))
                .or(() -> observation.text("valueCodeableConcept", "text")).orElse(null);
        String unit = observation.text("valueQuantity", "unit").orElse(null);
        String low = observation.text("referenceRange", 0, "low", "value").orElse(null);
        String high = observation.text("referenceRange", 0, "high", "value").orElse(null);
        String range = observation.text("referenceRange", 0, "text").orElse(low == null && high == null ? null
                : (low == null ? "" : low) + " - " + (high == null ? "" : high));
        ResultFlag flag = observation.coding(ResultFlag.INTERPRETATION_SYSTEM, "interpretation", 0)
                .flatMap(coding -> ResultFlag.ofCode(coding.code())).orElse(null);
        return coded.withResult(new TestResult(value, unit, range, flag, notes(observation),
                observation.text("basedOn", 0, "display").orElse(null)));
    }

    /** Every note's text, one to a line; {@code null} for none. */
    private static String notes(FhirResource resource) {
        List<String> texts = new java.util.ArrayList<>();
        for (int n = 0; n < resource.list("note").size(); n++) {
            resource.text("note", n, "text").ifPresent(texts::add);
        }
        return texts.isEmpty() ? null : String.join("\n", texts);
    }

    private static String reactions(FhirResource allergy) {
        List<String> words = new java.util.ArrayList<>();
        for (int r = 0; r < allergy.list("reaction").size(); r++) {
            for (int m = 0; m < allergy.list("reaction", r, "manifestation").size(); m++) {
                Object[] manifestation = {"reaction", r, "manifestation", m};
                allergy.text(append(manifestation, "text"))
                        .or(() -> allergy.text(append(append(append(manifestation, "coding"), 0), "display")))
                        .ifPresent(words::add);
            }
        }
        return words.isEmpty() ? null : "Reaction: " + String.join(", ", words);
    }

    private static LocalDateTime date(FhirResource resource, Object first, String fallback) {
        Object[] path = first instanceof Object[] array ? array : new Object[]{first};
        return resource.dateTime(path).or(() -> resource.dateTime((Object[]) fallback.split("\\.")))
                .orElseThrow(() -> new IllegalArgumentException(resource.resourceType() + " needs a date ("
                        + String.join(".", java.util.Arrays.stream(path).map(String::valueOf).toList()) + " or "
                        + fallback + ")."));
    }

    private static Object[] append(Object[] path, Object last) {
        Object[] full = java.util.Arrays.copyOf(path, path.length + 1);
        full[path.length] = last;
        return full;
    }
}
