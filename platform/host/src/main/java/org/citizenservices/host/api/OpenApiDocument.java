package org.citizenservices.host.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citizenservices.spi.ApiFile;
import org.citizenservices.spi.ApiParameter;
import org.citizenservices.spi.ApiProblemCase;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.ApiUpload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/v1/openapi.json}: OpenAPI 3.0 of exactly what is installed now — the host's linkage and session
 * calls, and each installed capability's declared routes with the schemas of their records. Built per request from
 * the route table, so a module's entries come and go with it. Every operation is named (generated clients name their
 * methods after it) and lists the problems it may answer: the host's own for its kind of call and the route's.
 */
final class OpenApiDocument {

    private static final String HOST_TAG = "Linkage and sessions";

    private final ObjectMapper json;

    OpenApiDocument(ObjectMapper json) {
        this.json = json;
    }

    /** An operation as the document states it. */
    private record Operation(String method, String path, String id, String summary, String description,
                             Class<?> request, Class<?> response, int success, String security,
                             List<String> pathParameters, Map<Integer, String> problems, List<String> files) {

        Operation(String method, String path, String id, String summary, String description, Class<?> request,
                  Class<?> response, int success, String security, List<String> pathParameters,
                  Map<Integer, String> problems) {
            this(method, path, id, summary, description, request, response, success, security, pathParameters,
                    problems, List.of());
        }
    }

    /** The registered app's client id and secret (HTTP Basic), on linkage and new sessions. */
    private static final String APP = "appCredentials";
    /** A session's token. */
    private static final String SESSION = "bearer";

    ObjectNode build(List<ApiRouteTable.Group> groups) {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Citizen Services patient API");
        info.put("version", "1");
        info.put("description", "IM1-style interface for third-party citizen apps: link with the registration "
                + "letter's details, open a session, act for the patients the account may act for. This document "
                + "lists exactly the capabilities the practice has installed now.");
        // apps are registered with the supplier who runs this installation: they are the contact
        info.putObject("contact").put("name", "The supplier of this installation (app registration and support)");
        info.putObject("license").put("name", "Apache-2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
        doc.putArray("servers").addObject().put("url", "/api/v1");
        doc.putArray("tags").addObject().put("name", HOST_TAG);
        ObjectNode components = json.createObjectNode();
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("Problem", problemSchema());
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject(SESSION).put("type", "http").put("scheme", "bearer")
                .put("description", "The sessionToken of POST /sessions");
        schemes.putObject(APP).put("type", "http").put("scheme", "basic").put("description", "The client id and "
                + "secret the supplier gave the app when registering it");
        JsonSchemas types = new JsonSchemas(json, schemas);
        ObjectNode paths = doc.putObject("paths");
        for (Operation op : hostOperations()) {
            operation(paths, types, op).putArray("tags").add(HOST_TAG);
        }
        // in a fixed order, so that the same modules always give the same document
        for (ApiRouteTable.Group group : groups.stream()
                .sorted(java.util.Comparator.comparing(ApiRouteTable.Group::displayName)).toList()) {
            ((ArrayNode) doc.get("tags")).addObject().put("name", group.displayName());
            for (ApiRoute route : group.routes()) {
                ObjectNode op = operation(paths, types, moduleOperation(route));
                op.putArray("tags").add(group.displayName());
                op.put("x-citizen-service", group.service().key());
                queryParameters((ArrayNode) op.get("parameters"), types, route.queryParameters());
            }
        }
        doc.set("components", components);
        return doc;
    }

    private static List<Operation> hostOperations() {
        return List.of(
                new Operation("post", "/linkages", "createLinkage", "Link this app to a citizen's online account "
                        + "with the registration letter's details", "Once per account and app. All five details "
                        + "must match; a mismatch is the same 401 whatever was wrong, and five in a row lock the "
                        + "account's linkage until the practice issues a new letter. Keep the access identity "
                        + "secret: with the app's credentials it opens sessions.", ApiModels.LinkageRequest.class,
                        ApiModels.LinkageResponse.class, 201, APP, List.of(), problems(Map.of(
                        400, "A detail missing, too long or of the wrong kind",
                        401, "The app's credentials are wrong or revoked; or the details do not match an active"
                                + " account (a locked account answers the same)",
                        413, "", 429, "", 503, ""))),
                new Operation("post", "/sessions", "openSession", "Open a session with the access identity",
                        "The session lists the patients the account may act for now (themselves, and those it is "
                        + "a proxy for) with the services available for each; it ends after 20 idle minutes, when "
                        + "the account or the app is disconnected, or with DELETE /sessions/current.",
                        ApiModels.SessionRequest.class, ApiModels.SessionResponse.class, 201, APP, List.of(),
                        problems(Map.of(400, "The access identity is missing or too long",
                                401, "The app's credentials are wrong or revoked, or the access identity is not"
                                        + " one this app was given, or the app has been disconnected",
                                403, "The account is not active", 413, "", 429, "", 503, ""))),
                new Operation("delete", "/sessions/current", "endSession", "End this session",
                        "The token stops working at once.", null, null, 204,
                        SESSION, List.of(), problems(Map.of(401, "", 503, ""))),
                new Operation("get", "/openapi.json", "getOpenApiDocument", "This document",
                        "Exactly the operations of the capabilities the practice has installed now.", null,
                        com.fasterxml.jackson.databind.JsonNode.class, 200,
                        null, List.of(), Map.of()));
    }

    private static Operation moduleOperation(ApiRoute route) {
        Map<Integer, String> problems = new TreeMap<>(Map.of(401, "", 403, "", 404, "", 503, ""));
        if (route.requestBody() != null || !route.queryParameters().isEmpty()) {
            problems.put(400, "");
        }
        if (route.requestBody() != null) {
            problems.put(413, "");
        }
        for (ApiProblemCase problem : route.problems()) {
            problems.merge(problem.status(), problem.when(), (a, b) -> a.isEmpty() ? b : a + "; " + b);
        }
        return new Operation(route.method().name().toLowerCase(Locale.ROOT), "/patients/{patientLinkId}/"
                + route.path(), route.operationId(), route.summary(), "Only while the practice offers the service "
                + "to this patient now (the session's services for the patient link); audited as "
                + route.auditAction() + " with the app, the patient and whether the account acts as SELF or PROXY.",
                route.requestBody(), route.responseBody(),
                route.successStatus(), SESSION, route.pathParameters(), problems, route.fileTypes());
    }

    private static Map<Integer, String> problems(Map<Integer, String> statuses) {
        return new TreeMap<>(statuses);
    }

    private ObjectNode operation(ObjectNode paths, JsonSchemas types, Operation op) {
        ObjectNode item = paths.has(op.path()) ? (ObjectNode) paths.get(op.path()) : paths.putObject(op.path());
        ObjectNode node = item.putObject(op.method());
        node.put("operationId", op.id());
        node.put("summary", op.summary());
        node.put("description", op.description());
        ArrayNode parameters = node.putArray("parameters");
        List<String> pathParameters = new ArrayList<>(op.pathParameters());
        if (op.path().startsWith("/patients/")) {
            pathParameters.add(0, "patientLinkId");
        }
        for (String name : pathParameters) {
            ObjectNode p = parameters.addObject().put("name", name).put("in", "path").put("required", true);
            p.putObject("schema").put("type", "string").put("minLength", 1);
        }
        if (op.security() != null) {
            node.putArray("security").addObject().putArray(op.security());
        }
        if (op.request() != null) {
            requestBody(node, types, op);
        }
        ObjectNode responses = node.putObject("responses");
        ObjectNode ok = responses.putObject(Integer.toString(op.success()));
        ok.put("description", op.success() == 204 ? "Done" : op.success() == 201 ? "Created" : "Success");
        if (op.response() == ApiFile.class) {
            // a file in the media type it was stored with, or in one of those the route declares
            ObjectNode content = ok.putObject("content");
            for (String type : op.files().isEmpty() ? List.of("*/*") : op.files()) {
                ObjectNode schema = content.putObject(type).putObject("schema");
                if (type.equals("application/json") || type.endsWith("+json")) {
                    schema.put("type", "object");
                } else {
                    schema.put("type", "string").put("format", "binary");
                }
            }
        } else if (op.response() != null) {
            ok.putObject("content").putObject("application/json").set("schema", types.responseSchema(op.response()));
        }
        op.problems().forEach((status, when) -> {
            ObjectNode error = responses.putObject(Integer.toString(status));
            error.put("description", when.isEmpty() ? reason(status) : when);
            if (status == 429 || status == 503) {
                error.putObject("headers").putObject("Retry-After").put("description", "Seconds to wait")
                        .putObject("schema").put("type", "integer");
            }
            error.putObject("content").putObject("application/problem+json").putObject("schema")
                    .put("$ref", "#/components/schemas/Problem");
        });
        return node;
    }

    private static void requestBody(ObjectNode node, JsonSchemas types, Operation op) {
        ObjectNode body = node.putObject("requestBody");
        // a cancellation's reason is optional, so its whole body is
        body.put("required", !"delete".equals(op.method()));
        if (op.request() == ApiUpload.class) {
            ObjectNode form = body.putObject("content").putObject("multipart/form-data").putObject("schema");
            form.put("type", "object").putArray("required").add("file");
            form.putObject("properties").putObject("file").put("type", "string").put("format", "binary");
        } else {
            body.putObject("content").putObject("application/json").set("schema", types.requestSchema(op.request()));
        }
    }

    private static void queryParameters(ArrayNode parameters, JsonSchemas types, List<ApiParameter> query) {
        for (ApiParameter parameter : query) {
            parameters.addObject().put("name", parameter.name()).put("in", "query")
                    .put("required", parameter.required()).put("description", parameter.description())
                    .set("schema", types.requestSchema(parameter.type()));
        }
    }

    private ObjectNode problemSchema() {
        ObjectNode problem = json.createObjectNode();
        problem.put("type", "object").put("description", "RFC 9457 problem details; never a stack trace");
        ArrayNode required = problem.putArray("required");
        ObjectNode properties = problem.putObject("properties");
        for (String field : List.of("type", "title", "detail", "instance")) {
            properties.putObject(field).put("type", "string");
        }
        properties.putObject("status").put("type", "integer").put("format", "int32");
        ((ObjectNode) properties.get("type")).put("example", "urn:citizen-services:problem:conflict");
        ((ObjectNode) properties.get("detail")).put("description", "In plain words, fit to show to the person");
        List.of("type", "title", "status", "detail").forEach(required::add);
        return problem;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Malformed JSON, wrong types, unknown values or a missing required field";
            case 401 -> "No, expired or invalid session";
            case 403 -> "The service is not available for this patient now, or the account is inactive";
            case 404 -> "Unknown patient link or resource, or not this patient's";
            case 409 -> "Conflict with the current state";
            case 413 -> "Body larger than 64 KiB (or a file larger than the practice allows)";
            case 422 -> "Valid, but not allowed";
            case 429 -> "Too many attempts from this address; retry after the time given";
            case 503 -> "The call could not be recorded in the audit trail; nothing was done, retry later";
            default -> "Error";
        };
    }
}
