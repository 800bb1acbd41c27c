package org.citizenservices.host.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.spi.FhirRefused;
import org.citizenservices.spi.FhirRelease;
import org.hl7.fhir.instance.model.api.IBaseResource;

import java.util.Map;

/**
 * FHIR text in and out for one release, with HAPI FHIR: what an app sends is read strictly into the plain JSON values a
 * capability sees, and what a capability builds is parsed strictly before it is sent, so that a capability's mistake
 * is a fault of ours (logged, 500), never a malformed answer to an app.
 */
final class FhirWire {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private final FhirContext fhir;

    private FhirWire(FhirContext fhir) {
        this.fhir = fhir;
    }

    static FhirWire of(FhirRelease release) {
        return new FhirWire(release == FhirRelease.R4 ? FhirContext.forR4Cached() : FhirContext.forDstu3Cached());
    }

    FhirContext context() {
        return fhir;
    }

    /** An app's body as a resource of {@code type}, in plain JSON values; 422 {@code INVALID_RESOURCE} otherwise. */
    Map<String, Object> read(String body, String type) {
        if (body == null || body.isBlank()) {
            throw FhirRefused.invalidResource("A " + type + " resource is required as the body.");
        }
        IBaseResource resource;
        try {
            resource = strict().parseResource(body);
        } catch (DataFormatException | IllegalArgumentException | ClassCastException unreadable) {
            // HAPI answers some shapes (an object where a list belongs) with a ClassCastException: still the body's fault
            throw FhirRefused.invalidResource("The body is not valid FHIR: " + firstLine(unreadable.getMessage()));
        }
        if (!type.equals(fhir.getResourceType(resource))) {
            throw FhirRefused.invalidResource("The body must be a " + type + " resource, not "
                    + fhir.getResourceType(resource) + ".");
        }
        return values(fhir.newJsonParser().encodeResourceToString(resource));
    }

    /** A capability's resource parsed strictly; a shape HAPI refuses is the capability's fault. */
    IBaseResource resource(Map<String, Object> values) {
        try {
            return strict().parseResource(JSON.writeValueAsString(values));
        } catch (JsonProcessingException | DataFormatException | IllegalArgumentException wrong) {
            throw new IllegalStateException("A capability built a resource that is not valid FHIR: "
                    + firstLine(wrong.getMessage()), wrong);
        }
    }

    String write(IBaseResource resource) {
        return fhir.newJsonParser().encodeResourceToString(resource);
    }

    private IParser strict() {
        return fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    private static Map<String, Object> values(String json) {
        try {
            return JSON.readValue(json, OBJECT);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("HAPI wrote JSON that does not read back", impossible);
        }
    }

    static String firstLine(String message) {
        String text = message == null ? "" : message.lines().findFirst().orElse("");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
