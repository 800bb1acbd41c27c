package org.citizenservices.host.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citizenservices.spi.ApiParameter;
import org.citizenservices.spi.ApiRoute;

import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/openapi.json}: OpenAPI 3.0 of exactly what is installed now — the host's linkage and session
 * calls, and each installed capability's declared routes with the schemas of their records. Built per request from
 * the route table, so a module's entries come and go with it.
 */
final class OpenApiDocument {

    private final ObjectMapper json;

    OpenApiDocument(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode build(List<ApiRouteTable.Group> groups) {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Citizen Services patient API");
        info.put("version", "1");
        info.put("description", "IM1-style interface for third-party citizen apps: link with the registration "
                + "letter's details, open a session, act for the patients the account may act for.");
        doc.putArray("servers").addObject().put("url", "/api/v1");
        ObjectNode components = json.createObjectNode();
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode problem = schemas.putObject("Problem");
        problem.put("type", "object");
        ObjectNode problemProperties = problem.putObject("properties");
        for (String field : List.of("type", "title", "detail", "instance")) {
            problemProperties.putObject(field).put("type", "string");
        }
        problemProperties.putObject("status").put("type", "integer");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        JsonSchemas types = new JsonSchemas(json, schemas);
        ObjectNode paths = doc.putObject("paths");

        operation(paths, types, "post", "/linkages", "Link this app to a citizen's online account with the "
                        + "registration letter's details", ApiModels.LinkageRequest.class, ApiModels.LinkageResponse.class,
                201, false, List.of(), List.of(400, 401, 413, 429));
        operation(paths, types, "post", "/sessions", "Open a session with the access identity",
                ApiModels.SessionRequest.class, ApiModels.SessionResponse.class, 201, false, List.of(),
                List.of(400, 401, 403, 413, 429));
        operation(paths, types, "delete", "/sessions/current", "End this session", null, null, 204, true,
                List.of(), List.of(401));
        operation(paths, types, "get", "/openapi.json", "This document", null, null, 200, false, List.of(),
                List.of());
        for (ApiRouteTable.Group group : groups) {
            for (ApiRoute route : group.routes()) {
                ObjectNode op = operation(paths, types, route.method().name().toLowerCase(Locale.ROOT),
                        "/patients/{patientLinkId}/" + route.path(), route.summary(), route.requestBody(),
                        route.responseBody(), route.successStatus(), true, route.pathParameters(),
                        List.of(400, 401, 403, 404, 409, 413, 422));
                op.putArray("tags").add(group.displayName());
                op.put("x-citizen-service", group.service().key());
                ArrayNode parameters = (ArrayNode) op.get("parameters");
                for (ApiParameter query : route.queryParameters()) {
                    ObjectNode p = parameters.addObject();
                    p.put("name", query.name());
                    p.put("in", "query");
                    p.put("required", query.required());
                    p.put("description", query.description());
                    p.set("schema", types.schemaOf(query.type()));
                }
            }
        }
        doc.set("components", components);
        return doc;
    }

    private ObjectNode operation(ObjectNode paths, JsonSchemas types, String method, String path, String summary,
                                 Class<?> request, Class<?> response, int success, boolean secured,
                                 List<String> pathParameters, List<Integer> errors) {
        ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        ObjectNode op = item.putObject(method);
        op.put("summary", summary);
        ArrayNode parameters = op.putArray("parameters");
        if (path.startsWith("/patients/")) {
            ObjectNode link = parameters.addObject();
            link.put("name", "patientLinkId");
            link.put("in", "path");
            link.put("required", true);
            link.putObject("schema").put("type", "string");
        }
        for (String name : pathParameters) {
            ObjectNode p = parameters.addObject();
            p.put("name", name);
            p.put("in", "path");
            p.put("required", true);
            p.putObject("schema").put("type", "string");
        }
        if (secured) {
            op.putArray("security").addObject().putArray("bearer");
        }
        if (request != null) {
            ObjectNode body = op.putObject("requestBody");
            body.put("required", !"delete".equals(method));
            if (request == org.citizenservices.spi.ApiUpload.class) {
                ObjectNode form = body.putObject("content").putObject("multipart/form-data").putObject("schema");
                form.put("type", "object").putArray("required").add("file");
                form.putObject("properties").putObject("file").put("type", "string").put("format", "binary");
            } else {
                body.putObject("content").putObject("application/json").set("schema", types.schemaOf(request));
            }
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject(Integer.toString(success));
        ok.put("description", success == 204 ? "Done" : "Success");
        if (response == org.citizenservices.spi.ApiFile.class) {
            // a file in the media type it was stored with
            ok.putObject("content").putObject("*/*").putObject("schema").put("type", "string").put("format", "binary");
        } else if (response != null) {
            ok.putObject("content").putObject("application/json").set("schema", types.schemaOf(response));
        }
        for (int status : errors) {
            ObjectNode error = responses.putObject(Integer.toString(status));
            error.put("description", reason(status));
            error.putObject("content").putObject("application/problem+json").putObject("schema")
                    .put("$ref", "#/components/schemas/Problem");
        }
        return op;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Malformed JSON, wrong types or unknown values";
            case 401 -> "No, expired or invalid session; or linkage details that do not match";
            case 403 -> "The service is not available for this patient, or the account is inactive";
            case 404 -> "Unknown, or not yours";
            case 409 -> "Conflict";
            case 413 -> "Body larger than 64 KiB";
            case 422 -> "Valid, but not allowed";
            case 429 -> "Too many attempts from this address; retry later";
            default -> "Error";
        };
    }
}
