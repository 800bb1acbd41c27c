package org.citizenservices.host.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.ApiUpload;
import org.citizenservices.spi.ApiRequest;
import org.citizenservices.spi.CurrentCitizen;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** What a capability's handler sees of one call: checked citizen and patient, parameters, a strictly read body. */
record HostApiRequest(CurrentCitizen citizen, Map<String, String> pathParameters, Map<String, String[]> query,
                      byte[] body, ObjectMapper json, ApiUpload upload) implements ApiRequest {

    @Override
    public ApiUpload upload() {
        if (upload == null) {
            throw ApiProblem.badRequest("Send the file as multipart/form-data, in a part named 'file'.");
        }
        return upload;
    }

    @Override
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route declares no path parameter " + name);
        }
        return value;
    }

    @Override
    public Optional<String> query(String name) {
        String[] values = query.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? Optional.empty() : Optional.of(values[0]);
    }

    @Override
    public Optional<LocalDate> queryDate(String name) {
        return query(name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ApiProblem.badRequest("The query parameter '" + name + "' must be a date like 2026-12-01.");
            }
        });
    }

    @Override
    public <T> T body(Class<T> type) {
        return read(json, body, type);
    }

    @Override
    public <T> java.util.Optional<T> optionalBody(Class<T> type) {
        String text = body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
        // generated clients send an optional body left out as the JSON literal null
        return text.isEmpty() || text.equals("null") ? java.util.Optional.empty()
                : java.util.Optional.of(read(json, body, type));
    }

    /** Reads a JSON body strictly; every way it can be wrong is a 400 that says where. */
    static <T> T read(ObjectMapper json, byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw ApiProblem.badRequest("A JSON body is required.");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw ApiProblem.badRequest("The body must be a JSON object, not null.");
            }
            return RequestBounds.check(value);
        } catch (InvalidFormatException e) {
            throw ApiProblem.badRequest("The field '" + path(e) + "' has a value of the wrong kind"
                    + (e.getTargetType() != null && e.getTargetType().isEnum()
                    ? ": allowed values are " + java.util.Arrays.toString(e.getTargetType().getEnumConstants()) : "")
                    + ".");
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw ApiProblem.badRequest(field.isEmpty() ? "The body is not the JSON object this call expects."
                    : "The field '" + field + "' has a value of the wrong type.");
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("The body is not valid JSON.");
        } catch (java.io.IOException e) {
            throw ApiProblem.badRequest("The body could not be read.");
        }
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
