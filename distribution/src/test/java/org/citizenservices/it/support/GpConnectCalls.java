package org.citizenservices.it.support;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An app calling the GP Connect API over HTTP: every answer, refusals included, parsed with HAPI and validated against
 * the base FHIR STU3 definitions ({@link FhirValidity}); the request id sent comes back.
 */
public final class GpConnectCalls {

    /** A status, the resource answered and the headers that matter. */
    public record Answer(int status, IBaseResource resource, Map<String, String> headers) {

        public <T extends IBaseResource> T as(Class<T> type) {
            assertThat(resource).isInstanceOf(type);
            return type.cast(resource);
        }
    }

    private final IntSupplier port;
    private final HttpClient http = HttpClient.newHttpClient();

    public GpConnectCalls(IntSupplier port) {
        this.port = port;
    }

    public Answer get(String path, String token) throws Exception {
        return send("GET", path, token, null, Map.of());
    }

    /** {@code path} below {@code /FHIR/}'s release, e.g. {@code STU3/Slot?...}; headers besides the token's. */
    public Answer send(String method, String path, String token, String body, Map<String, String> headers)
            throws Exception {
        String requestId = headers.getOrDefault("X-Request-ID", UUID.randomUUID().toString());
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port.getAsInt() + "/FHIR/"
                        + (path.startsWith("R4/") ? path : "STU3/" + path)))
                .header("Accept", "application/fhir+json").header("X-Request-ID", requestId)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/fhir+json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach((name, value) -> {
            if (!"X-Request-ID".equals(name)) {
                request.header(name, value);
            }
        });
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("X-Request-ID")).contains(requestId);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/fhir+json"));
        FhirContext fhir = path.startsWith("R4/") ? FhirContext.forR4Cached() : FhirContext.forDstu3Cached();
        IBaseResource resource = fhir.newJsonParser().parseResource(response.body());
        assertThat(FhirValidity.errors(resource)).as(resource.fhirType() + " valid " + fhir.getVersion().getVersion())
                .isEmpty();
        Map<String, String> kept = new java.util.HashMap<>();
        response.headers().firstValue("ETag").ifPresent(v -> kept.put("ETag", v));
        response.headers().firstValue("Location").ifPresent(v -> kept.put("Location", v));
        return new Answer(response.statusCode(), resource, kept);
    }

    /** A refusal: this status, an OperationOutcome with this Spine code and words, never a stack trace. */
    public static void assertSpine(Answer answer, int status, String code) {
        assertThat(answer.status()).as(String.valueOf(answer.resource())).isEqualTo(status);
        String spineCode;
        String diagnostics;
        if (answer.resource() instanceof org.hl7.fhir.r4.model.OperationOutcome r4) {
            spineCode = r4.getIssueFirstRep().getDetails().getCodingFirstRep().getCode();
            diagnostics = r4.getIssueFirstRep().getDiagnostics();
        } else {
            var outcome = (org.hl7.fhir.dstu3.model.OperationOutcome) answer.resource();
            spineCode = outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode();
            diagnostics = outcome.getIssueFirstRep().getDiagnostics();
        }
        assertThat(spineCode).isEqualTo(code);
        assertThat(diagnostics).isNotBlank().doesNotContain("Exception");
    }

    /** {@code $gpc.getstructuredrecord}'s Parameters: the NHS number, then each section named (no parts). */
    public static String structuredRecordRequest(String nhsNumber, String... sections) {
        StringBuilder body = new StringBuilder("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":"
                + "\"patientNHSNumber\",\"valueIdentifier\":{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\","
                + "\"value\":\"" + nhsNumber + "\"}}");
        for (String section : sections) {
            body.append(",{\"name\":\"").append(section).append("\"}");
        }
        return body.append("]}").toString();
    }
}
