package org.citizenservices.host.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.integration.ApiClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /api/practice/v1}: the practice integration API for the practice's clinical system, with a bearer token
 * from {@code POST /oauth2/token}. {@code POST /import} takes a FHIR R4 Bundle ({@link BundleImport}) and answers its
 * report; {@code GET /openapi.json} is this API's own document. Errors are RFC 9457 problems, never a stack trace.
 */
public final class PracticeApiServlet extends HttpServlet {

    /** The largest bundle one request may carry; a practice sends its register as several. */
    public static final long MAX_BUNDLE_BYTES = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(PracticeApiServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";

    private final transient Supplier<Core> core;
    private final transient Supplier<BundleImport> importer;

    public PracticeApiServlet(Supplier<Core> core, Supplier<BundleImport> importer) {
        this.core = core;
        this.importer = importer;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if ("GET".equals(request.getMethod()) && "/openapi.json".equals(path)) {
            openApi(response);
            return;
        }
        Optional<ApiClients.Caller> caller = caller(request);
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"practice integration API\", error=\"invalid_token\"");
            problem(response, 401, "Unauthorized", "Send a bearer token from POST /oauth2/token; it lasts "
                    + ApiClients.TOKEN_LIFETIME.toMinutes() + " minutes.");
            return;
        }
        if (!"/import".equals(path)) {
            problem(response, 404, "Not found", "The practice integration API offers POST /api/practice/v1/import.");
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            problem(response, 405, "Method not allowed", "Send the bundle with POST.");
            return;
        }
        if (!caller.get().may(ApiClients.SCOPE_IMPORT)) {
            problem(response, 403, "Forbidden", "This client has no import scope.");
            return;
        }
        importBundle(caller.get(), request, response);
    }

    private void importBundle(ApiClients.Caller caller, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/fhir+json") && !type.startsWith("application/json")) {
            problem(response, 415, "Unsupported media type", "Send the Bundle as application/fhir+json.");
            return;
        }
        if (request.getContentLengthLong() > MAX_BUNDLE_BYTES) {
            problem(response, 413, "Content too large", "A bundle is at most 64 MiB; send the practice's patients "
                    + "in several bundles.");
            return;
        }
        JsonNode bundle;
        try (InputStream body = new LimitedInput(request.getInputStream(), MAX_BUNDLE_BYTES)) {
            bundle = JSON.readTree(body);
        } catch (LimitedInput.TooLarge tooLarge) {
            problem(response, 413, "Content too large", "A bundle is at most 64 MiB.");
            return;
        } catch (JsonProcessingException notJson) {
            problem(response, 400, "Bad request", "The body is not JSON: " + notJson.getOriginalMessage());
            return;
        }
        try {
            ImportReport report = importer.get().run(caller, bundle);
            LOG.info("Import by {} for {}: {}", caller.clientId(), caller.odsCode(), report.totals());
            response.setStatus(200);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getOutputStream(), report.toJson());
        } catch (InvalidValueException refused) {
            problem(response, 400, "Bad request", refused.getMessage());
        } catch (RuntimeException failed) {
            String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Import by {} failed, reference {}", caller.clientId(), reference, failed);
            problem(response, 500, "Internal server error", "The import stopped (reference " + reference
                    + "); what was imported before it is kept. Send the bundle again: nothing is duplicated.");
        }
    }

    private Optional<ApiClients.Caller> caller(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return core.get().apiClients().caller(authorization.substring(7).trim());
    }

    private static void openApi(HttpServletResponse response) throws IOException {
        try (InputStream document = PracticeApiServlet.class.getResourceAsStream("practice-api.openapi.json")) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            document.transferTo(response.getOutputStream());
        }
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(PROBLEM);
        response.setCharacterEncoding("UTF-8");
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "urn:citizen-services:problem:" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        JSON.writeValue(response.getOutputStream(), body);
    }
}
