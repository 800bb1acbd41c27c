package org.citizenservices.it.support;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract check itself: it must catch what it is there to catch, or every API test's check means nothing. */
class ApiContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "servers": [{"url": "/api/v1"}],
             "paths": {"/messages": {
               "get": {"operationId": "list", "responses": {
                 "200": {"description": "ok", "content": {"application/json": {"schema":
                   {"$ref": "#/components/schemas/Message"}}}},
                 "404": {"description": "no", "content": {"application/problem+json": {"schema": {"type": "object"}}}}}},
               "post": {"operationId": "send", "requestBody": {"required": true, "content": {"application/json":
                   {"schema": {"type": "object", "required": ["body"], "properties": {"body": {"type": "string"}}}}}},
                 "responses": {"201": {"description": "ok"}, "400": {"description": "bad"}}}}},
             "components": {"schemas": {"Message": {"type": "object", "required": ["sentAt", "readAt", "state"],
               "properties": {"sentAt": {"type": "string", "format": "date-time"},
                              "readAt": {"type": "string", "format": "date-time", "nullable": true},
                              "state": {"type": "string", "enum": ["NEW", "READ"]}}}}}}
            """;
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    @Test
    void anAnswerAsDeclared_passes() {
        assertThat(get(200, "{\"sentAt\":\"2026-12-01T09:00:00Z\",\"readAt\":null,\"state\":\"NEW\"}")).isEmpty();
    }

    @Test
    void aNullWhereTheDocumentSaysNoNull_fails() {
        assertThat(get(200, "{\"sentAt\":null,\"readAt\":null,\"state\":\"NEW\"}")).get().asString()
                .contains("sentAt");
    }

    @Test
    void aMissingRequiredField_anEnumValueNotListed_andAnUndeclaredStatus_fail() {
        assertThat(get(200, "{\"sentAt\":\"2026-12-01T09:00:00Z\",\"state\":\"NEW\"}")).isPresent();
        assertThat(get(200, "{\"sentAt\":\"2026-12-01T09:00:00Z\",\"readAt\":null,\"state\":\"new\"}")).isPresent();
        assertThat(get(409, "{}")).isPresent();
    }

    @Test
    void aRequestTheDocumentForbids_mustBeRefused() {
        assertThat(ApiContract.breach(DOCUMENT, "POST", "/messages", Map.of("Content-Type", "application/json"),
                "{}", 201, Map.of(), "")).get().asString().contains("yet was served");
        assertThat(ApiContract.breach(DOCUMENT, "POST", "/messages", Map.of("Content-Type", "application/json"),
                "{}", 400, Map.of(), "")).isEmpty();
    }

    @Test
    void aPathNotInTheDocument_mayOnlyBeAnswered404() {
        assertThat(ApiContract.breach(DOCUMENT, "GET", "/nothing", Map.of(), null, 404, Map.of(), "")).isEmpty();
        assertThat(ApiContract.breach(DOCUMENT, "GET", "/nothing", Map.of(), null, 200, Map.of(), "{}")).isPresent();
    }

    private static java.util.Optional<String> get(int status, String body) {
        return ApiContract.breach(DOCUMENT, "GET", "/messages", Map.of(), null, status, JSON, body);
    }
}
