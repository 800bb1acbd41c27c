package org.citizenservices.record.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A downloaded record, on a real Derby database, is what the record's pages show and nothing more: the same items in
 * the FHIR R4 Bundle and in the PDF's text, free text only at FULL, demographics only where the page shows them, and
 * never a restricted entry, an unfiled result or an unreviewed document; each download audited.
 */
class RecordExportTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 26, 10, 0);
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = RecordDatabase.unit();
    static TestServiceAccess access;
    static ViewRecord viewRecord;
    static long patient;

    @BeforeAll
    static void seed() {
        access = new TestServiceAccess();
        viewRecord = new ViewRecord(unit.get().entityManagerFactory(), access);
        patient = access.newPatient(true);
        access.configure(patient, RecordAccessLevel.FULL, null);
        access.staff(Role.CLINICIAN);
        RecordKeeping keeping = new RecordKeeping(unit.get().entityManagerFactory(), access, TestClock.FIXED,
                new TikaUploadPolicy(UploadLimits.defaults()));
        RecordReview review = new RecordReview(unit.get().entityManagerFactory(), access, TestClock.FIXED);
        Source gp = new Source("Riverside Medical Practice", "Citizen Services", "Dr Asha Patel", "GP");
        LocalDateTime at = LocalDateTime.of(2025, 3, 4, 9, 30);
        keeping.record(patient, NewEntry.coded(EntryType.ALLERGY, "91936005", "Allergy to penicillin", at, gp)
                .withFreeText("Rash within hours — 5 µg/L, Ωmega <b>bold</b>"));
        keeping.record(patient, NewEntry.medicine(EntryType.REPEAT_MEDICATION, null, "Ramipril 5mg capsules", at, gp,
                "One capsule once a day", "28 capsule"));
        keeping.record(patient, NewEntry.coded(EntryType.CONSULTATION, null, "Asthma review", at, gp)
                .withFreeText("Peak flow 410 L/min. " + "A long note that wraps across the page. ".repeat(12)));
        keeping.record(patient, NewEntry.coded(EntryType.PATHOLOGY_RESULT, "43396009", "Haemoglobin A1c level", at, gp)
                .withResult(new TestResult("44", "mmol/mol", "20-41", ResultFlag.HIGH,
                        "Slightly raised: please book a review.", "HbA1c")));
        keeping.record(patient, NewEntry.coded(EntryType.PATHOLOGY_RESULT, null, "Urine culture", at, gp)
                .withResult(TestResult.of("No growth", null, null)));
        RecordEntry secret = keeping.record(patient, NewEntry.coded(EntryType.PAST_PROBLEM, null,
                "Termination of pregnancy", at, gp));
        review.restrict(secret.id(), "Safeguarding concern");
        RecordEntry letter = keeping.addDocument(patient, NewEntry.coded(EntryType.CLINICAL_DOCUMENT, null,
                "Clinic letter", at, gp), "A letter".getBytes(StandardCharsets.UTF_8));
        review.setReviewed(letter.id(), true);
        keeping.addDocument(patient, NewEntry.coded(EntryType.CLINICAL_DOCUMENT, null, "Discharge summary", at, gp),
                "Not yet reviewed".getBytes(StandardCharsets.UTF_8));
        new RecordImport(unit.get().entityManagerFactory(), TestClock.FIXED,
                new TikaUploadPolicy(UploadLimits.defaults()), access).store(TestServiceAccess.PRACTICE, patient,
                List.of(new FhirResource(0, "Observation", "https://lab|vitd", false, Map.of("status", "preliminary",
                        "code", Map.of("text", "Serum vitamin D level"), "effectiveDateTime", "2025-10-28T09:00:00Z",
                        "valueString", "38"))));
    }

    @Test
    void theFhirBundle_holdsExactlyThePagesItems_withTheResultsParticulars_andThePatientAtFull() throws Exception {
        access.citizenFor(patient, true);
        List<String> page = pageTerms();
        JsonNode bundle = JSON.readTree(viewRecord.export(ExportFormat.FHIR, AT, ZONE).content());

        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.get("type").asText()).isEqualTo("collection");
        List<String> terms = new ArrayList<>();
        JsonNode patientResource = null;
        for (JsonNode entry : bundle.get("entry")) {
            JsonNode resource = entry.get("resource");
            if (resource.get("resourceType").asText().equals("Patient")) {
                patientResource = resource;
                continue;
            }
            terms.add(term(resource));
        }
        assertThat(terms).containsExactlyInAnyOrderElementsOf(page)
                .doesNotContain("Termination of pregnancy", "Discharge summary", "Serum vitamin D level");
        assertThat(patientResource.get("identifier").get(0).get("value").asText()).isEqualTo("9990000018");
        JsonNode hba1c = resourceWithTerm(bundle, "Haemoglobin A1c level");
        assertThat(hba1c.get("valueQuantity").get("value").decimalValue()).isEqualByComparingTo("44");
        assertThat(hba1c.get("interpretation").get(0).get("coding").get(0).get("code").asText()).isEqualTo("H");
        assertThat(hba1c.get("note").get(0).get("text").asText()).contains("Slightly raised");
        assertThat(hba1c.get("basedOn").get(0).get("display").asText()).isEqualTo("HbA1c");
        assertThat(resourceWithTerm(bundle, "Urine culture").get("valueString").asText()).isEqualTo("No growth");
        assertThat(access.audit).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("RECORD_EXPORTED");
            assertThat(a.detail()).isEqualTo("FHIR, " + page.size() + " items");
        });
    }

    @Test
    void belowFull_theBundleHasNoFreeTextNoResultsAndNoDemographics() throws Exception {
        access.configure(patient, RecordAccessLevel.DETAILED_CODED, null);
        try {
            access.citizenFor(patient, true);
            String json = new String(viewRecord.export(ExportFormat.FHIR, AT, ZONE).content(), StandardCharsets.UTF_8);
            assertThat(json).contains("Allergy to penicillin", "Asthma review")
                    .doesNotContain("Peak flow", "Rash", "Haemoglobin A1c", "9990000018", "birthDate", "Clinic letter");
        } finally {
            access.configure(patient, RecordAccessLevel.FULL, null);
        }
    }

    @Test
    void thePdf_readsAsThePageDoes_andPrintsWhatHelveticaCannotDrawAsAQuestionMark() throws Exception {
        access.citizenFor(patient, true);
        DocumentFile pdf = viewRecord.export(ExportFormat.PDF, AT, ZONE);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).isEqualTo("gp-record-2026-11-26.pdf");

        String text;
        try (var document = Loader.loadPDF(pdf.content())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("GP record of Patient " + patient, "9990000018", MandatedStatement.TEXT
                .substring(0, 40), "44 mmol/mol (range 20-41) — High", "Test request: HbA1c",
                "Comment from your practice: Slightly raised: please book a review.", "Peak flow 410 L/min",
                "5 µg/L, ?mega <b>bold</b>", "Page 1 of");
        for (String term : pageTerms()) {
            assertThat(text).contains(term);
        }
        assertThat(text).doesNotContain("Termination of pregnancy", "Discharge summary", "vitamin D");
    }

    private static List<String> pageTerms() {
        return viewRecord.page(null, RecordSort.DATE, 0, RecordPages.MAX_PAGE).items().stream()
                .map(RecordItem::term).toList();
    }

    private static JsonNode resourceWithTerm(JsonNode bundle, String term) {
        for (JsonNode entry : bundle.get("entry")) {
            if (term.equals(term(entry.get("resource")))) {
                return entry.get("resource");
            }
        }
        throw new AssertionError("no resource for " + term);
    }

    private static String term(JsonNode resource) {
        for (String field : List.of("code", "medicationCodeableConcept", "vaccineCode")) {
            if (resource.has(field)) {
                return resource.get(field).get("text").asText();
            }
        }
        if (resource.has("type") && resource.get("type").isArray()) {
            return resource.get("type").get(0).get("text").asText();
        }
        return resource.path("description").asText();
    }
}
