package org.citizenservices.it.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient API's live OpenAPI document as a contract every API test's call is held to (with Atlassian's
 * swagger-request-validator): the answer must be one the document declares for that operation, in the shape it
 * declares — so a field that arrives as {@code null} where the document says it cannot, an undeclared status or an
 * enum value the document does not list fails the test that saw it, and the document can never lag the code. A
 * request the document forbids must be refused (4xx), never served. The document is read for every call (modules
 * come and go during some tests); a validator is built once per distinct document.
 */
public final class ApiContract {

    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    /** What nginx answers for a node that is gone: not an answer of the API. */
    private static final java.util.Set<Integer> GATEWAY = java.util.Set.of(502, 504);

    private final int port;
    private final HttpClient http;

    public ApiContract(int port, HttpClient http) {
        this.port = port;
        this.http = http;
    }

    /** Fails the calling test if this call breaks the contract the host publishes now. */
    public void check(String method, String path, Map<String, String> headers, String body,
                      HttpResponse<String> answer) throws IOException, InterruptedException {
        Optional<String> document = document();
        if (GATEWAY.contains(answer.statusCode()) || document.isEmpty()) {
            // a proxy's answer while a node is down (ClusterIT kills one), not the API's: nothing to hold it to
            return;
        }
        Map<String, java.util.List<String>> answerHeaders = answer.headers().map();
        Optional<String> broken = breach(document.get(), method, path, headers, body, answer.statusCode(),
                answerHeaders, answer.body());
        assertThat(broken).as("%s %s answered %s: %s", method, path, answer.statusCode(), answer.body()).isEmpty();
    }

    /** How this call breaks {@code document}, if it does. */
    public static Optional<String> breach(String document, String method, String path, Map<String, String> headers,
                                          String body, int status, Map<String, java.util.List<String>> answerHeaders,
                                          String answerBody) {
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(document, ApiContract::validator);
        String fullPath = "/api/v1" + path;
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, stripQuery(fullPath));
        query(fullPath).forEach(request::withQueryParam);
        headers.forEach(request::withHeader);
        if (body != null) {
            request.withBody(body);
        }
        ValidationReport asked = validator.validateRequest(request.build());
        if (unknownOperation(asked)) {
            return status == 404 || status == 405 ? Optional.empty()
                    : Optional.of("not an operation of the API document, yet answered");
        }
        if (asked.hasErrors() && (status < 400 || status > 499)) {
            return Optional.of("the request breaks the document (" + describe(asked) + "), yet was served");
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        answerHeaders.forEach(response::withHeader);
        if (answerBody != null && !answerBody.isEmpty()) {
            response.withBody(answerBody);
        }
        ValidationReport answered = validator.validateResponse(stripQuery(fullPath), Request.Method.valueOf(method),
                response.build());
        return answered.hasErrors() ? Optional.of("the answer is not what the document declares: "
                + describe(answered)) : Optional.empty();
    }

    /**
     * The live document; empty only when a proxy in front answers for a node that is down, or the connection drops
     * with it — the call being checked has its answer already, and must keep it.
     */
    private Optional<String> document() throws InterruptedException {
        HttpResponse<String> doc;
        try {
            doc = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/openapi.json"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException droppedWithTheNode) {
            return Optional.empty();
        }
        if (GATEWAY.contains(doc.statusCode())) {
            return Optional.empty();
        }
        assertThat(doc.statusCode()).isEqualTo(200);
        return Optional.of(doc.body());
    }

    private static OpenApiInteractionValidator validator(String document) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withBasePathOverride("/api/v1")
                .build();
    }

    private static boolean unknownOperation(ValidationReport report) {
        return report.getMessages().stream().anyMatch(m -> m.getKey().equals("validation.request.path.missing")
                || m.getKey().equals("validation.request.operation.notAllowed"));
    }

    private static String describe(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("; "));
    }

    private static String stripQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    private static Map<String, java.util.List<String>> query(String path) {
        int q = path.indexOf('?');
        if (q < 0) {
            return Map.of();
        }
        Map<String, java.util.List<String>> parameters = new java.util.LinkedHashMap<>();
        for (String pair : path.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
                    java.nio.charset.StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1),
                    java.nio.charset.StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
        }
        return parameters;
    }
}
