package org.citizenservices.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small builders for FHIR resources as plain JSON values, so that a capability answers a {@link FhirRoute} or fills a
 * {@link StructuredRecordSection} without a FHIR library of its own. The host parses what they build with HAPI FHIR
 * before anything is sent, so a wrong shape is caught there, not by an app.
 *
 * @since 1.14
 */
public final class FhirJson {

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String ODS_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";

    private FhirJson() {
    }

    /**
     * An object of name/value pairs in order; a pair whose value is null, blank text or an empty list is left out, as
     * FHIR has no empty values.
     */
    public static Map<String, Object> object(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof List<?> list && list.isEmpty())
                    && !(value instanceof String text && text.isBlank())) {
                object.put((String) namesAndValues[i], value);
            }
        }
        return object;
    }

    /** A resource of a type and id, with these fields after them. */
    public static Map<String, Object> resource(String type, String id, Object... namesAndValues) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("resourceType", type);
        resource.put("id", id);
        resource.putAll(object(namesAndValues));
        return resource;
    }

    /** {@code {"reference": "Type/id"}}. */
    public static Map<String, Object> reference(String type, Object id) {
        return object("reference", type + "/" + id);
    }

    /** A CodeableConcept of one coding, with the words as its text too. */
    public static Map<String, Object> concept(String system, String code, String display) {
        return object("coding", code == null ? null : List.of(object("system", system, "code", code,
                "display", display)), "text", display);
    }

    /** A CodeableConcept of words only, for what has no code. */
    public static Map<String, Object> text(String words) {
        return object("text", words);
    }

    /** {@code {"system": …, "value": …}}. */
    public static Map<String, Object> identifier(String system, String value) {
        return object("system", system, "value", value);
    }

    /**
     * A {@code searchset} Bundle: the matches (search mode {@code match}) and what they include ({@code include}),
     * each with its {@code fullUrl} under {@code base}; {@code total} counts the matches.
     */
    public static Map<String, Object> searchset(String base, List<Map<String, Object>> matches,
                                                List<Map<String, Object>> included) {
        List<Object> entries = new ArrayList<>();
        matches.forEach(resource -> entries.add(entry(base, resource, "match")));
        included.forEach(resource -> entries.add(entry(base, resource, "include")));
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "searchset");
        bundle.put("total", matches.size());
        if (!entries.isEmpty()) {
            bundle.put("entry", entries);
        }
        return bundle;
    }

    private static Map<String, Object> entry(String base, Map<String, Object> resource, String mode) {
        return object("fullUrl", base + resource.get("resourceType") + "/" + resource.get("id"),
                "resource", resource, "search", object("mode", mode));
    }
}
