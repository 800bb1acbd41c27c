package org.citizenservices.it;

import org.citizenservices.it.support.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.citizenservices.it.support.DemoApps;
import org.citizenservices.it.support.DemoPracticeHost;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PatientApiCalls.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write operation of the live OpenAPI document, fed what a careless or hostile client sends: each string field
 * at its declared maximum, one over it and at 10 KB, and every field with a value of the wrong type. Nothing may
 * end in a 5xx; whatever is over a bound or of the wrong type is a 400 naming the field, and stores nothing. The
 * document itself must state a maximum for every free string a client writes, so a new route cannot forget one.
 */
class ApiInputBoundsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Rows a write could leave behind, per schema. */
    private static final Map<String, List<String>> STORED = Map.of(
            "CORE", List.of("ACCOUNT_LINKAGE", "VUA"),
            "MESSAGING", List.of("THREAD", "MESSAGE"),
            "APPOINTMENTS", List.of("APPOINTMENT"),
            "PRESCRIPTIONS", List.of("PRESCRIPTION_REQUEST", "NOMINATION", "REQUEST_PROGRESS"));

    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.withModules(Map.of("appointments", Layout.appointmentsJar(),
            "record", Layout.recordJar(), "prescriptions", Layout.prescriptionsJar(), "messaging",
            Layout.messagingJar()));
    static final DemoApps apps = demo.apps();
    static JsonNode document;

    @BeforeAll
    static void openSession() throws Exception {
        document = apps.call("GET", "/openapi.json", null, null).body();
    }

    /** A write operation with a JSON body: its path (parameters filled in) and the body's properties. */
    record Operation(String method, String path, JsonNode properties) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * {@code docs/api/openapi.json} is what third parties read and what {@code clients/java} is generated from: it
     * must be exactly the document a practice with the four modules serves. After a deliberate change of the API,
     * publish the new document with {@code -Dopenapi.publish=true} (or copy {@code target/openapi.json}).
     */
    @Test
    void theLiveDocument_isThePublishedContract() throws Exception {
        Path published = Path.of("..", "docs", "api", "openapi.json");
        String live = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        Files.writeString(Path.of("target", "openapi.json"), live);
        if (Boolean.getBoolean("openapi.publish")) {
            Files.writeString(published, live);
        }
        assertThat(Files.exists(published)).as(published + " is missing").isTrue();
        assertThat(JSON.readTree(Files.readString(published)))
                .as("The live API document differs from " + published.normalize() + ": if the change is meant,"
                        + " publish it with -Dopenapi.publish=true (target/openapi.json is the live one)")
                .isEqualTo(document);
    }

    /**
     * What a linter (Spectral's OpenAPI rules) and a client generator need of every operation: a unique
     * {@code operationId}, a summary and description, at least one 4xx answer unless it cannot fail, and security
     * only where the host asks for credentials — app credentials on linkage and new sessions, none on the document.
     */
    @Test
    void everyOperation_isNamedDescribedAndSecuredAsItIsServed() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey() + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertThat(ids.add(operation.path("operationId").asText())).as(where + " operationId").isTrue();
            assertThat(operation.path("operationId").asText()).as(where).matches("[a-z][A-Za-z]+");
            assertThat(operation.path("summary").asText()).as(where).isNotBlank();
            assertThat(operation.path("description").asText()).as(where).isNotBlank();
            String security = operation.path("security").path(0).fieldNames().hasNext()
                    ? operation.path("security").path(0).fieldNames().next() : "none";
            assertThat(security).as(where).isEqualTo(path.getKey().equals("/openapi.json") ? "none"
                    : path.getKey().equals("/linkages") || path.getKey().equals("/sessions") ? "appCredentials"
                    : "bearer");
            if (!path.getKey().equals("/openapi.json")) {
                assertThat(operation.get("responses").fieldNames()).toIterable().as(where)
                        .anyMatch(status -> status.startsWith("4"));
            }
        }));
        assertThat(document.at("/info/license/name").asText()).isEqualTo("Apache-2.0");
        assertThat(document.at("/info/contact").isObject()).isTrue();
    }

    @Test
    void theDocument_boundsEveryStringAClientWrites() {
        List<String> unbounded = new ArrayList<>();
        for (Operation operation : writes()) {
            operation.properties().fields().forEachRemaining(field -> {
                JsonNode schema = field.getValue();
                if ("string".equals(schema.path("type").asText()) && !schema.has("format") && !schema.has("enum")
                        && !schema.has("maxLength")) {
                    unbounded.add(operation + " " + field.getKey());
                }
            });
        }
        assertThat(writes()).as("write operations with a JSON body").hasSizeGreaterThan(6);
        assertThat(unbounded).as("string fields without maxLength").isEmpty();
    }

    @Test
    void overLongAndWrongTypedValues_areA400NamingTheField_andStoreNothing() throws Exception {
        Map<String, Long> before = storedRows();
        List<String> problems = new ArrayList<>();
        for (Operation operation : writes()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = operation.properties().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                int max = field.getValue().path("maxLength").asInt(-1);
                if (max >= 0) {
                    expectRefusal(operation, field.getKey(), "x".repeat(max + 1), problems);
                    expectRefusal(operation, field.getKey(), "x".repeat(10 * 1024), problems);
                }
                for (Object wrong : wrongTypes(field.getValue())) {
                    expectRefusal(operation, field.getKey(), wrong, problems);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void valuesAtTheirMaximum_areNeverAServerError() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Operation operation : writes()) {
            operation.properties().fields().forEachRemaining(field -> {
                int max = field.getValue().path("maxLength").asInt(-1);
                if (max < 0) {
                    return;
                }
                try {
                    Answer answer = send(operation, field.getKey(), "x".repeat(max));
                    if (answer.status() >= 500) {
                        problems.add(operation + " " + field.getKey() + " at " + max + ": " + answer.status());
                    }
                } catch (Exception e) {
                    problems.add(operation + " " + field.getKey() + ": " + e);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aLinkageWithAnAccountIdLongerThanAnyAccount_isA400_notA500() throws Exception {
        for (int length = 13; length <= 40; length++) {
            Answer answer = apps.call("POST", "/linkages", null, "{\"accountId\":\"" + "A".repeat(length)
                    + "\",\"linkageKey\":\"Rv7Kq2Xm9Tz4Wp8L\",\"odsCode\":\"Y99999\",\"surname\":\"Demo\","
                    + "\"dateOfBirth\":\"1985-03-14\"}");
            if (answer.status() == 429) {
                continue;
            }
            assertThat(answer.status()).as("accountId of " + length).isEqualTo(400);
            assertThat(answer.detail()).contains("accountId");
        }
    }

    private void expectRefusal(Operation operation, String field, Object value, List<String> problems)
            throws Exception {
        Answer answer = send(operation, field, value);
        String what = operation + " " + field + "=" + describe(value) + " → " + answer.status();
        // a route that looks its resource up first may answer 404 for the made-up id in its path; 429 is the
        // credential throttle on /linkages and /sessions — either way nothing was taken
        if (answer.status() == 404 || answer.status() == 429) {
            return;
        }
        if (answer.status() != 400) {
            problems.add(what + " (" + answer.detail() + ")");
        } else if (!answer.detail().contains(field)) {
            problems.add(what + ": the problem does not name the field: " + answer.detail());
        }
    }

    private static Answer send(Operation operation, String field, Object value) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        // every other field well formed, so that the answer is about this one
        operation.properties().fields().forEachRemaining(other -> body.set(other.getKey(),
                plausible(other.getValue())));
        body.set(field, JSON.valueToTree(value));
        boolean open = operation.path().equals("/linkages") || operation.path().equals("/sessions");
        return apps.call(operation.method(), operation.path(), open ? null : apps.janeToken(),
                JSON.writeValueAsString(body));
    }

    private static JsonNode plausible(JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> JSON.valueToTree(1);
            case "boolean" -> JSON.valueToTree(true);
            case "array" -> JSON.valueToTree(List.of("1"));
            default -> JSON.valueToTree(switch (schema.path("format").asText()) {
                case "date" -> "1985-03-14";
                case "date-time" -> "2026-12-04T10:00:00Z";
                default -> schema.has("enum") ? schema.get("enum").get(0).asText() : "1";
            });
        };
    }

    private static List<Object> wrongTypes(JsonNode schema) {
        String type = schema.path("type").asText();
        List<Object> wrong = new ArrayList<>();
        wrong.add(Map.of("nested", "object"));
        if (!type.equals("integer") && !type.equals("number")) {
            wrong.add(12345);
        }
        if (!type.equals("array")) {
            wrong.add(List.of("a", "b"));
        }
        return wrong;
    }

    private static String describe(Object value) {
        return value instanceof String text ? "a string of " + text.length() : String.valueOf(value);
    }

    /** Every POST, PUT and DELETE of the document with a JSON object body, path parameters filled in. */
    private static List<Operation> writes() {
        List<Operation> writes = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!List.of("post", "put", "delete").contains(op.getKey())) {
                return;
            }
            JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json")
                    .path("schema");
            JsonNode properties = resolve(schema).path("properties");
            if (properties.isObject() && properties.size() > 0) {
                String concrete = path.getKey().replace("{patientLinkId}", apps.jane()).replaceAll("\\{[^}]+}", "1");
                writes.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), concrete, properties));
            }
        }));
        return writes;
    }

    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : document.at(ref.substring(1));
    }

    private static Map<String, Long> storedRows() throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> schema : STORED.entrySet()) {
            try (Connection connection = TestDatabases.connect(demo.host().options().dataDir(), schema.getKey());
                 Statement statement = connection.createStatement()) {
                for (String table : schema.getValue()) {
                    try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        count.next();
                        rows.put(schema.getKey() + "." + table, count.getLong(1));
                    }
                }
            }
        }
        return rows;
    }
}
