package org.citizenservices.spi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One FHIR R4 resource of an import, as plain JSON values (maps, lists, strings, numbers, booleans) with readers for
 * what a mapping needs, so a capability maps the resources it owns without a FHIR library of its own. The host has
 * already parsed it with HAPI FHIR (a resource that does not parse never arrives here).
 *
 * @param index        its place in the bundle's entries, from 0, for the import report
 * @param sourceKey    what identifies it across imports: its first identifier's {@code system|value}, else
 *                     {@code ResourceType/id}; importing it again updates the same stored row
 * @param restricted   its {@code meta.security} holds confidentiality R or V: never shown online
 * @since 1.12
 */
public record FhirResource(int index, String resourceType, String sourceKey, boolean restricted,
                           Map<String, Object> json) {

    public FhirResource {
        json = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(json));
    }

    /**
     * The value at a path of field names and list positions, e.g. {@code value("code", "coding", 0, "display")};
     * empty when any step is missing.
     */
    public Optional<Object> value(Object... path) {
        Object current = json;
        for (Object step : path) {
            if (step instanceof Integer position && current instanceof List<?> list) {
                current = position < list.size() ? list.get(position) : null;
            } else if (step instanceof String field && current instanceof Map<?, ?> map) {
                current = map.get(field);
            } else {
                return Optional.empty();
            }
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    /** The text at a path; empty when missing or blank. */
    public Optional<String> text(Object... path) {
        return value(path).map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The list at a path; empty when missing. */
    public List<?> list(Object... path) {
        return value(path).filter(List.class::isInstance).map(l -> (List<?>) l).orElse(List.of());
    }

    /**
     * The code of the first coding of a CodeableConcept at {@code path} in {@code system} (e.g. SNOMED CT,
     * {@code http://snomed.info/sct}), with its display; empty when there is none.
     */
    public Optional<Coding> coding(String system, Object... path) {
        List<?> codings = list(concat(path, "coding"));
        for (Object coding : codings) {
            if (coding instanceof Map<?, ?> map && system.equals(map.get("system")) && map.get("code") != null) {
                return Optional.of(new Coding(String.valueOf(map.get("code")),
                        map.get("display") == null ? null : String.valueOf(map.get("display"))));
            }
        }
        return Optional.empty();
    }

    /** A code and its words. */
    public record Coding(String code, String display) {
    }

    /**
     * A FHIR date or dateTime at a path as a local date and time (a date alone is its midnight; an offset is
     * dropped, as GP systems record local time); empty when missing or not a date.
     */
    public Optional<LocalDateTime> dateTime(Object... path) {
        return text(path).flatMap(FhirResource::parseDateTime);
    }

    private static Optional<LocalDateTime> parseDateTime(String value) {
        try {
            if (value.length() == 10) {
                return Optional.of(LocalDate.parse(value).atStartOfDay());
            }
            if (value.length() == 7) {
                return Optional.of(LocalDate.parse(value + "-01").atStartOfDay());
            }
            if (value.length() == 4) {
                return Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1).atStartOfDay());
            }
            return Optional.of(OffsetDateTime.parse(value).toLocalDateTime());
        } catch (DateTimeParseException | NumberFormatException notADate) {
            try {
                return Optional.of(LocalDateTime.parse(value));
            } catch (DateTimeParseException stillNot) {
                return Optional.empty();
            }
        }
    }

    /** The id of the resource a Reference at {@code path} points to ({@code "Patient/123"} → {@code "123"}). */
    public Optional<String> referenceId(Object... path) {
        return text(concat(path, "reference")).map(ref -> ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static Object[] concat(Object[] path, Object last) {
        Object[] full = java.util.Arrays.copyOf(path, path.length + 1);
        full[path.length] = last;
        return full;
    }
}
