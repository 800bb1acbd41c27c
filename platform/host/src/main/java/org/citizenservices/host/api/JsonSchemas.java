package org.citizenservices.host.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.citizenservices.spi.ApiField;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * OpenAPI 3.0 schemas of the records a route reads and writes, derived from their components: the document describes
 * exactly the classes the handlers use, so it cannot drift from them. Records become named component schemas.
 *
 * <p>What a generated client needs beyond the types: a response record writes every component, so all are
 * {@code required}, and only those marked {@link ApiField#nullable()} may be {@code null}; a request record requires
 * the components its Jakarta Validation says may not be missing, and the others are optional and nullable.
 */
final class JsonSchemas {

    private final ObjectMapper json;
    private final ObjectNode components;
    private final Map<String, Class<?>> named = new HashMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    JsonSchemas(ObjectMapper json, ObjectNode components) {
        this.json = json;
        this.components = components;
    }

    /** A schema (or a {@code $ref} to a component) for a Java type the API writes. */
    ObjectNode responseSchema(Type type) {
        return schemaOf(type, false);
    }

    /** A schema (or a {@code $ref} to a component) for a Java type the API reads. */
    ObjectNode requestSchema(Type type) {
        return schemaOf(type, true);
    }

    private ObjectNode schemaOf(Type type, boolean request) {
        ObjectNode schema = json.createObjectNode();
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                schema.put("type", "array");
                schema.set("items", schemaOf(parameterized.getActualTypeArguments()[0], request));
                return schema;
            }
            if (Map.class.isAssignableFrom(raw)) {
                schema.put("type", "object");
                schema.set("additionalProperties", schemaOf(parameterized.getActualTypeArguments()[1], request));
                return schema;
            }
            return schemaOf(raw, request);
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
        } else if (type1 == OffsetDateTime.class || type1 == java.time.Instant.class) {
            schema.put("type", "string");
            schema.put("format", "date-time");
        } else if (type1 == LocalDateTime.class) {
            // written without an offset, so not an RFC 3339 date-time: the practice's local time, as it is
            schema.put("type", "string");
            schema.put("pattern", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
            schema.put("description", "The practice's local date and time, without an offset");
        } else if (type1.isEnum()) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : type1.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (type1.isRecord()) {
            schema.put("$ref", "#/components/schemas/" + component(type1, request));
        } else {
            schema.put("type", "object");
        }
        return schema;
    }

    private String component(Class<?> record, boolean request) {
        String known = names.get(record);
        if (known != null) {
            return known;
        }
        String name = nameFor(record);
        names.put(record, name);
        named.put(name, record);
        ObjectNode schema = json.createObjectNode();
        components.set(name, schema);
        schema.put("type", "object");
        ArrayNode required = schema.putArray("required");
        ObjectNode properties = schema.putObject("properties");
        for (RecordComponent part : record.getRecordComponents()) {
            ObjectNode property = schemaOf(part.getGenericType(), request);
            bounds(part, property);
            ApiField field = part.getAnnotation(ApiField.class);
            boolean mandatory = request ? mandatoryInRequest(part) : true;
            boolean nullable = request ? !mandatory : field != null && field.nullable();
            if (mandatory) {
                required.add(part.getName());
            }
            properties.set(part.getName(), nullable ? nullable(property) : property);
            if (field != null) {
                described((ObjectNode) properties.get(part.getName()), field);
            }
        }
        if (required.isEmpty()) {
            schema.remove("required");
        }
        return name;
    }

    /** Two modules may both call a record {@code Request}: the second is named after its enclosing class too. */
    private String nameFor(Class<?> record) {
        String name = record.getSimpleName();
        if (!named.containsKey(name)) {
            return name;
        }
        Class<?> outer = record.getEnclosingClass();
        String qualified = (outer != null ? outer.getSimpleName() : record.getPackageName()
                .substring(record.getPackageName().lastIndexOf('.') + 1)) + name;
        String unique = qualified;
        for (int n = 2; named.containsKey(unique); n++) {
            unique = qualified + n;
        }
        return unique;
    }

    private static boolean mandatoryInRequest(RecordComponent part) {
        return part.getType().isPrimitive() || part.isAnnotationPresent(NotNull.class)
                || part.isAnnotationPresent(NotBlank.class) || part.isAnnotationPresent(NotEmpty.class)
                || part.getAccessor().isAnnotationPresent(NotNull.class)
                || part.getAccessor().isAnnotationPresent(NotBlank.class)
                || part.getAccessor().isAnnotationPresent(NotEmpty.class);
    }

    /**
     * 3.0 ignores keywords beside a {@code $ref}, and validators disagree on a nullable {@code allOf} of one
     * (Atlassian's swagger-request-validator, which apps use too, refuses {@code null} there): so a nullable record is
     * its schema written out in place, {@code type: object} with {@code nullable}, which every validator and
     * generator reads alike.
     */
    private ObjectNode nullable(ObjectNode property) {
        if (property.has("$ref")) {
            String name = property.get("$ref").asText().substring("#/components/schemas/".length());
            property = ((ObjectNode) components.get(name)).deepCopy();
        }
        property.put("nullable", true);
        return property;
    }

    private void described(ObjectNode property, ApiField field) {
        if (!field.description().isEmpty()) {
            property.put("description", field.description());
        }
        if (!field.example().isEmpty()) {
            String type = property.path("type").asText("string");
            try {
                property.set("example", "string".equals(type) ? json.getNodeFactory().textNode(field.example())
                        : json.readTree(field.example()));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("The example of a " + type + " is JSON: " + field.example(), e);
            }
        }
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
