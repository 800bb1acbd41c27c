package org.citizenservices.record.internal.gpconnect;

import org.citizenservices.record.internal.DocumentFile;
import org.citizenservices.record.internal.RecordItem;
import org.citizenservices.record.internal.ViewRecord;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.FhirInteraction;
import org.citizenservices.spi.FhirJson;
import org.citizenservices.spi.FhirRefused;
import org.citizenservices.spi.FhirRequest;
import org.citizenservices.spi.FhirRoute;
import org.citizenservices.spi.HttpMethod;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.citizenservices.spi.FhirJson.object;
import static org.citizenservices.spi.FhirJson.reference;

/**
 * GP Connect's documents: {@code Patient/{patient}/DocumentReference} lists the documents the patient may open online
 * (level DOCUMENTS or FULL, reviewed, never restricted — {@link ViewRecord#documents}), and
 * {@code documents/Binary/{id}} gives one's file. Both name the patient by {@code patientNHSNumber} as well, as the
 * specification asks; a number that is not the patient's is refused.
 */
public final class RecordDocuments {

    private final Supplier<ViewRecord> record;
    private final Clock practiceClock;

    public RecordDocuments(Supplier<ViewRecord> record, Clock practiceClock) {
        this.record = record;
        this.practiceClock = practiceClock;
    }

    public List<FhirRoute> routes() {
        return List.of(
                FhirRoute.stu3(HttpMethod.GET, "Patient/{patient}/DocumentReference", "DocumentReference",
                        FhirInteraction.SEARCH, "FHIR_DOCUMENTS_SEARCHED", this::search),
                FhirRoute.stu3(HttpMethod.GET, "documents/Binary/{id}", "Binary", FhirInteraction.READ,
                        "FHIR_DOCUMENT_READ", this::file));
    }

    private Map<String, Object> search(FhirRequest request) {
        CurrentCitizen citizen = request.citizen();
        requireNhsNumber(request, citizen);
        List<RecordItem> documents = record.get().documents().items();
        return FhirJson.searchset(request.base(), documents.stream()
                .map(document -> documentReference(request.base(), citizen, document)).toList(), List.of());
    }

    private Map<String, Object> file(FhirRequest request) {
        long id = request.pathId("id", "There is no such document.");
        Long patient = record.get().patientOfDocument(id).orElse(null);
        if (patient == null || request.actFor(patient).isEmpty()) {
            throw FhirRefused.notFound("There is no such document.");
        }
        requireNhsNumber(request, request.citizen());
        DocumentFile file;
        try {
            file = record.get().document(id);
        } catch (org.citizenservices.spi.Refused refused) {
            throw FhirRefused.notFound("There is no such document.");
        }
        return FhirJson.resource("Binary", Long.toString(id), "contentType", file.contentType(),
                "content", Base64.getEncoder().encodeToString(file.content()));
    }

    private Map<String, Object> documentReference(String base, CurrentCitizen citizen, RecordItem document) {
        String at = ClinicalResources.dateTime(document.effectiveAt(), practiceClock.getZone());
        return FhirJson.resource("DocumentReference", Long.toString(document.itemId()),
                "status", "current",
                "type", FhirJson.text(document.type().label()),
                "subject", reference("Patient", citizen.actingFor().patientId()),
                "created", at, "indexed", at,
                "description", document.term(),
                "custodian", object("identifier", FhirJson.identifier(FhirJson.ODS_CODE, citizen.odsCode()),
                        "display", citizen.practiceName()),
                "content", List.of(object("attachment", object("contentType", document.document(),
                        "url", base + "documents/Binary/" + document.itemId(), "title", document.term()))));
    }

    /** {@code patientNHSNumber}, bare or as {@code system|value}: required, and the patient's own. */
    private static void requireNhsNumber(FhirRequest request, CurrentCitizen citizen) {
        List<String> given = request.query("patientNHSNumber");
        if (given.size() != 1) {
            throw new FhirRefused(422, "INVALID_PARAMETER", "required", "patientNHSNumber is required, once.");
        }
        String value = given.get(0).substring(given.get(0).indexOf('|') + 1).replace(" ", "");
        // the patient's own number is valid; anything else, malformed or another's, is the same mistake
        if (!value.equals(citizen.actingFor().nhsNumber())) {
            throw new FhirRefused(400, "INVALID_NHS_NUMBER", "value", "patientNHSNumber is not the NHS number of "
                    + "Patient/" + citizen.actingFor().patientId() + ".");
        }
    }
}
