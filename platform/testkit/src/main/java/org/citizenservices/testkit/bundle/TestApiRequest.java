package org.citizenservices.testkit.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.ApiRequest;
import org.citizenservices.spi.ApiUpload;
import org.citizenservices.spi.CurrentCitizen;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One call of a capability's route as the host makes it: the citizen the access rule let through, the route's path
 * parameters and query, and a JSON body read strictly (unknown fields refused), as the patient API reads it.
 */
record TestApiRequest(CurrentCitizen citizen, Map<String, String> pathParameters, Map<String, String> query,
                      String json) implements ApiRequest {

    static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Override
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the call gives no path parameter " + name);
        }
        return value;
    }

    @Override
    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isBlank());
    }

    @Override
    public Optional<LocalDate> queryDate(String name) {
        return query(name).map(LocalDate::parse);
    }

    @Override
    public <T> T body(Class<T> type) {
        return optionalBody(type).orElseThrow(() -> ApiProblem.badRequest("A JSON body is required."));
    }

    @Override
    public <T> Optional<T> optionalBody(Class<T> type) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("The body is not the JSON this call expects: " + e.getOriginalMessage());
        }
    }

    @Override
    public ApiUpload upload() {
        throw ApiProblem.badRequest("This test kit sends no files; test uploads through the host (ModuleHost)");
    }
}
