package org.citizenservices.host.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.CurrentCitizen;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A capability's route called in-process with the request the patient API builds once its checks have passed: the
 * same strict JSON reading and request-record bounds ({@link HostApiRequest}), and the answer written with the same
 * mapper. For tests that run a capability without the servlet (the test kit's in-container tests), so that they
 * read and answer exactly as the API does. The session, patient-link and service checks are the caller's.
 */
public final class RouteCalls {

    private final ObjectMapper json = ApiJson.newMapper();

    /** Calls {@code route} for {@code citizen}; {@code body} is the JSON text sent, or null for none. */
    public Object call(ApiRoute route, CurrentCitizen citizen, Map<String, String> pathParameters,
                       Map<String, String[]> query, String body) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return route.handler().handle(new HostApiRequest(citizen, pathParameters, query, bytes, json, null));
    }

    /** What the API would send for a handler's answer, as JSON; null for an empty answer. */
    public JsonNode answer(Object result) {
        if (result == null) {
            return null;
        }
        try {
            return json.readTree(json.writeValueAsString(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
