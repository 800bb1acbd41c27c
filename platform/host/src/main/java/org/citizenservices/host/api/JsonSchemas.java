package org.citizenservices.host.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;

/**
 * OpenAPI 3 schemas of the records a route reads and writes, derived from their components: the document describes
 * exactly the classes the handlers use, so it cannot drift from them. Records become named component schemas.
 */
final class JsonSchemas {

    private final ObjectMapper json;
    private final ObjectNode components;

    JsonSchemas(ObjectMapper json, ObjectNode components) {
        this.json = json;
        this.components = components;
    }

    /** A schema (or a {@code $ref} to a component) for a Java type. */
    ObjectNode schemaOf(Type type) {
        ObjectNode schema = json.createObjectNode();
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                schema.put("type", "array");
                schema.set("items", schemaOf(parameterized.getActualTypeArguments()[0]));
                return schema;
            }
            if (Map.class.isAssignableFrom(raw)) {
                schema.put("type", "object");
                schema.set("additionalProperties", schemaOf(parameterized.getActualTypeArguments()[1]));
                return schema;
            }
            return schemaOf(raw);
        }
        Class<?> type1 = (Class<?>) type;
        if (type1 == String.class) {
            schema.put("type", "string");
        } else if (type1 == int.class || type1 == Integer.class || type1 == long.class || type1 == Long.class) {
            schema.put("type", "integer");
            schema.put("format", type1 == long.class || type1 == Long.class ? "int64" : "int32");
        } else if (type1 == double.class || type1 == Double.class || type1 == float.class || type1 == Float.class) {
            schema.put("type", "number");
        } else if (type1 == boolean.class || type1 == Boolean.class) {
            schema.put("type", "boolean");
        } else if (type1 == LocalDate.class) {
            schema.put("type", "string");
            schema.put("format", "date");
        } else if (type1 == OffsetDateTime.class || type1 == LocalDateTime.class || type1 == java.time.Instant.class) {
            schema.put("type", "string");
            schema.put("format", "date-time");
        } else if (type1.isEnum()) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : type1.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (type1.isRecord()) {
            String name = type1.getSimpleName();
            if (!components.has(name)) {
                ObjectNode record = json.createObjectNode();
                components.set(name, record);
                record.put("type", "object");
                ObjectNode properties = record.putObject("properties");
                for (RecordComponent component : type1.getRecordComponents()) {
                    ObjectNode property = schemaOf(component.getGenericType());
                    bounds(component, property);
                    properties.set(component.getName(), property);
                }
            }
            schema.put("$ref", "#/components/schemas/" + name);
        } else {
            schema.put("type", "object");
        }
        return schema;
    }

    /** The bounds the record declares for a component (its accessor carries them), as the document states them. */
    private static void bounds(RecordComponent component, ObjectNode property) {
        Size size = component.getAccessor().getAnnotation(Size.class);
        boolean list = "array".equals(property.path("type").asText());
        if (size != null) {
            if (size.min() > 0) {
                property.put(list ? "minItems" : "minLength", size.min());
            }
            if (size.max() < Integer.MAX_VALUE) {
                property.put(list ? "maxItems" : "maxLength", size.max());
            }
        }
        Pattern pattern = component.getAccessor().getAnnotation(Pattern.class);
        if (pattern != null) {
            property.put("pattern", pattern.regexp());
        }
        if (component.getAccessor().isAnnotationPresent(NotBlank.class)) {
            property.put("minLength", Math.max(1, property.path("minLength").asInt(1)));
        }
    }
}
