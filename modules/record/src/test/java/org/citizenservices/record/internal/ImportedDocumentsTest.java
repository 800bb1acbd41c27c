package org.citizenservices.record.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.UnitsOfWork;
import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DocumentReferences from the practice's clinical system as documents of the record, on a real Derby database: shown
 * from the DOCUMENTS level up; the same one again unchanged (its file compared by hash, or once by its bytes when
 * stored before hashes), or updated when its details or file changed; refused with a reason when its file is not
 * what it says, not base64, too large, or only a URL; never shown when restricted — by its label or by a clinician,
 * whatever a later import says — or entered in error. The sample entries for the distribution's bundle import too.
 */
class ImportedDocumentsTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = RecordDatabase.unit();
    static TestServiceAccess access;
    static RecordImport imports;
    static ViewRecord viewRecord;
    static RecordReview review;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        imports = new RecordImport(unit.get().entityManagerFactory(), TestClock.FIXED,
                new TikaUploadPolicy(UploadLimits.defaults()), access);
        viewRecord = new ViewRecord(unit.get().entityManagerFactory(), access);
        review = new RecordReview(unit.get().entityManagerFactory(), access, TestClock.FIXED);
    }

    @Test
    void givenAPdfLetter_whenImported_thenShownFromTheDocumentsLevel_andTheSameAgainIsUnchanged() {
        FhirResource letter = document(0, "doc-1", "Discharge letter", PDF, "application/pdf", false);
        assertThat(store(11, letter)).containsExactly(ImportOutcome.Kind.CREATED);

        access.configure(11, RecordAccessLevel.DOCUMENTS, null);
        access.citizenFor(11, true);
        RecordPage documents = viewRecord.documents();
        assertThat(documents.items()).extracting(RecordItem::term).containsExactly("Discharge letter");
        DocumentFile file = viewRecord.document(documents.items().get(0).itemId());
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.content()).isEqualTo(PDF);
        access.configure(11, RecordAccessLevel.FULL, null);
        assertThat(viewRecord.documents().items()).extracting(RecordItem::term).containsExactly("Discharge letter");
        for (RecordAccessLevel below : List.of(RecordAccessLevel.SUMMARY, RecordAccessLevel.DETAILED_CODED)) {
            access.configure(11, below, null);
            assertThat(viewRecord.page(null, RecordSort.DATE, 0, 50).items()).extracting(RecordItem::term)
                    .as(below.name()).doesNotContain("Discharge letter");
        }

        assertThat(store(11, letter)).containsExactly(ImportOutcome.Kind.UNCHANGED);
        byte[] revised = (new String(PDF, StandardCharsets.US_ASCII) + "%revised\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(store(11, document(0, "doc-1", "Discharge letter", revised, "application/pdf", false)))
                .containsExactly(ImportOutcome.Kind.UPDATED);
        access.configure(11, RecordAccessLevel.DOCUMENTS, null);
        assertThat(viewRecord.documents().items()).hasSize(1);
        assertThat(viewRecord.document(viewRecord.documents().items().get(0).itemId()).content()).isEqualTo(revised);
        assertThat(store(11, document(0, "doc-1", "Discharge letter (amended)", revised, "application/pdf", false)))
                .containsExactly(ImportOutcome.Kind.UPDATED);
        assertThat(viewRecord.documents().items()).extracting(RecordItem::term)
                .containsExactly("Discharge letter (amended)");
    }

    @Test
    void givenADocumentStoredBeforeFilesWereHashed_whenImportedAgain_thenComparedByItsBytesOnce_andHashed() {
        FhirResource letter = document(0, "doc-old", "Clinic letter", PDF, "application/pdf", false);
        assertThat(store(14, letter)).containsExactly(ImportOutcome.Kind.CREATED);
        UnitsOfWork.write(unit.get().entityManagerFactory(), em -> em.createNativeQuery(
                "UPDATE ENTRY SET CONTENT_SHA256 = NULL WHERE SOURCE_KEY = 'doc-old'").executeUpdate());

        assertThat(store(14, letter)).containsExactly(ImportOutcome.Kind.UNCHANGED);
        assertThat(entry(14, letter).contentSha256()).isEqualTo(DocumentContent.sha256(PDF));
        byte[] revised = (new String(PDF, StandardCharsets.US_ASCII) + "%2\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(store(14, document(0, "doc-old", "Clinic letter", revised, "application/pdf", false)))
                .containsExactly(ImportOutcome.Kind.UPDATED);
        assertThat(entry(14, letter).contentSize()).isEqualTo(revised.length);
    }

    @Test
    void givenDocumentsThatAreNotWhatTheySay_orOnlyALink_thenEachIsRefusedWithItsReason_andTheRestStore() {
        Map<String, Object> urlOnly = new HashMap<>(document(1, "doc-url", "Letter", PDF, "application/pdf", false)
                .json());
        urlOnly.put("content", List.of(Map.of("attachment", Map.of("contentType", "application/pdf",
                "url", "https://elsewhere.example/letter.pdf"))));
        List<ImportOutcome> outcomes = imports.store(TestServiceAccess.PRACTICE, 12L, List.of(
                document(0, "doc-ok", "Clinic letter", PDF, "application/pdf", false),
                new FhirResource(1, "DocumentReference", "doc-url", false, urlOnly),
                document(2, "doc-lie", "Scan", "just some words".getBytes(StandardCharsets.UTF_8), "application/pdf",
                        false),
                document(3, "doc-exe", "Program", new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0}, null,
                        false),
                document(4, "doc-big", "Huge", new byte[RecordKeeping.MAX_DOCUMENT_BYTES + 1], "application/pdf",
                        false),
                document(5, "doc-png", "Photo", PDF, "image/png", false),
                withData(document(6, "doc-garbled", "Letter", PDF, "application/pdf", false), "JVBERi0x*LjQK"),
                withData(document(7, "doc-wrapped", "Wrapped letter", PDF, "application/pdf", false),
                        Base64.getMimeEncoder(16, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(PDF))));

        assertThat(outcomes).extracting(ImportOutcome::kind).containsExactly(ImportOutcome.Kind.CREATED,
                ImportOutcome.Kind.REJECTED, ImportOutcome.Kind.REJECTED, ImportOutcome.Kind.REJECTED,
                ImportOutcome.Kind.REJECTED, ImportOutcome.Kind.REJECTED, ImportOutcome.Kind.REJECTED,
                ImportOutcome.Kind.CREATED);
        assertThat(outcomes.get(1).reason()).contains("only by URL");
        assertThat(outcomes.get(2).reason()).contains("says it is application/pdf but its bytes are text/plain");
        assertThat(outcomes.get(3).reason()).contains("refused", "whatever its name says");
        assertThat(outcomes.get(4).reason()).contains("at most 10 MiB");
        assertThat(outcomes.get(5).reason()).contains("says it is image/png but its bytes are application/pdf");
        assertThat(outcomes.get(6).reason()).contains("not base64");
    }

    @Test
    void givenARestrictedDocument_orOneLaterEnteredInError_thenNeitherIsShownOnline() {
        assertThat(store(13, document(0, "doc-r", "Safeguarding letter", PDF, "application/pdf", true),
                document(1, "doc-e", "Letter for someone else", PDF, "application/pdf", false)))
                .containsExactly(ImportOutcome.Kind.CREATED, ImportOutcome.Kind.CREATED);
        access.configure(13, RecordAccessLevel.FULL, null);
        access.citizenFor(13, true);
        assertThat(viewRecord.documents().items()).extracting(RecordItem::term)
                .containsExactly("Letter for someone else");
        long restricted = entry(13, document(0, "doc-r", "", PDF, null, true)).id();
        assertThatThrownBy(() -> viewRecord.document(restricted)).isInstanceOf(RecordRefused.class);

        Map<String, Object> wrong = new HashMap<>(document(0, "doc-e", "Letter for someone else", PDF,
                "application/pdf", false).json());
        wrong.put("status", "entered-in-error");
        assertThat(store(13, new FhirResource(0, "DocumentReference", "doc-e", false, wrong)))
                .containsExactly(ImportOutcome.Kind.UPDATED);
        assertThat(viewRecord.documents().items()).isEmpty();
        assertThat(store(13, new FhirResource(0, "DocumentReference", "doc-e", false, wrong)))
                .containsExactly(ImportOutcome.Kind.UNCHANGED);
        assertThat(store(13, new FhirResource(0, "DocumentReference", "doc-never", false, wrong)))
                .containsExactly(ImportOutcome.Kind.REJECTED);

        // withdrawn means unreviewed too: lifting the restriction alone does not bring it back
        long withdrawn = entry(13, document(0, "doc-e", "", PDF, null, false)).id();
        access.staff(Role.CLINICIAN);
        review.liftRestriction(withdrawn);
        access.citizenFor(13, true);
        assertThat(viewRecord.documents().items()).isEmpty();
    }

    @Test
    void givenAnImportedDocumentAClinicianRestricted_whenImportedAgain_thenItStaysRestricted() {
        FhirResource letter = document(0, "doc-c", "Psychiatry letter", PDF, "application/pdf", false);
        assertThat(store(15, letter)).containsExactly(ImportOutcome.Kind.CREATED);
        access.staff(Role.CLINICIAN);
        review.restrict(entry(15, letter).id(), "Safeguarding concern");

        assertThat(store(15, letter)).containsExactly(ImportOutcome.Kind.UNCHANGED);
        assertThat(store(15, document(0, "doc-c", "Psychiatry letter (amended)", PDF, "application/pdf", false)))
                .containsExactly(ImportOutcome.Kind.UPDATED);
        access.configure(15, RecordAccessLevel.FULL, null);
        access.citizenFor(15, true);
        assertThat(viewRecord.documents().items()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenTheSampleEntriesForTheImportBundle_whenImported_thenTheTwoPdfsAreDocuments_andTheLinkIsRefused()
            throws Exception {
        List<FhirResource> resources = new ArrayList<>();
        try (InputStream sample = getClass().getResourceAsStream("/fhir/document-entries.json")) {
            List<Map<String, Object>> entries = new ObjectMapper().readValue(sample, new TypeReference<>() {
            });
            for (Map<String, Object> entry : entries) {
                assertThat(entry).containsKey("fullUrl");
                FhirResource read = new FhirResource(resources.size(), "DocumentReference", "", false,
                        (Map<String, Object>) entry.get("resource"));
                assertThat(read.text("subject", "reference")).contains("Patient/PATIENT-ID-PLACEHOLDER");
                resources.add(new FhirResource(read.index(), "DocumentReference", read.text("identifier", 0, "system")
                        .orElseThrow() + "|" + read.text("identifier", 0, "value").orElseThrow(), false, read.json()));
            }
        }

        List<ImportOutcome> outcomes = imports.store(TestServiceAccess.PRACTICE, 16L, resources);
        assertThat(outcomes).extracting(ImportOutcome::kind).containsExactly(ImportOutcome.Kind.CREATED,
                ImportOutcome.Kind.CREATED, ImportOutcome.Kind.REJECTED);
        assertThat(outcomes.get(2).reason()).contains("only by URL");
        access.configure(16, RecordAccessLevel.DOCUMENTS, null);
        access.citizenFor(16, true);
        assertThat(viewRecord.documents().items()).extracting(RecordItem::term)
                .containsExactly("Cardiology outpatient letter", "Discharge summary");
        assertThat(viewRecord.documents().items()).extracting(RecordItem::effectiveAt).containsExactly(
                LocalDateTime.of(2026, 10, 2, 11, 45), LocalDateTime.of(2026, 8, 20, 14, 10));
    }

    @Test
    void givenADocumentWithTheIdentifierOfAnImportedProblem_thenRefused_andTheProblemLeftAsItWas() {
        FhirResource asthma = new FhirResource(0, "Condition", "https://x|shared", false, Map.of(
                "code", Map.of("text", "Asthma"), "onsetDateTime", "2015-04-01"));
        assertThat(store(17, asthma)).containsExactly(ImportOutcome.Kind.CREATED);

        List<ImportOutcome> outcomes = imports.store(TestServiceAccess.PRACTICE, 17L, List.of(
                document(0, "https://x|shared", "Letter", PDF, "application/pdf", false)));
        assertThat(outcomes.get(0).kind()).isEqualTo(ImportOutcome.Kind.REJECTED);
        assertThat(outcomes.get(0).reason()).contains("not a document");
        assertThat(entry(17, asthma).term()).isEqualTo("Asthma");
        assertThat(entry(17, asthma).type()).isEqualTo(EntryType.ACTIVE_PROBLEM);
    }

    private static List<ImportOutcome.Kind> store(long patient, FhirResource... resources) {
        return imports.store(TestServiceAccess.PRACTICE, patient, List.of(resources)).stream().map(ImportOutcome::kind).toList();
    }

    /** The entry stored for the resource, as the practice sees it. */
    private static RecordEntry entry(long patient, FhirResource resource) {
        return UnitsOfWork.read(unit.get().entityManagerFactory(), em -> RecordImport.existing(em,
                TestServiceAccess.PRACTICE, patient, resource));
    }

    private static FhirResource withData(FhirResource resource, String data) {
        Map<String, Object> json = new HashMap<>(resource.json());
        json.put("content", List.of(Map.of("attachment", Map.of("contentType", "application/pdf", "data", data))));
        return new FhirResource(resource.index(), resource.resourceType(), resource.sourceKey(), false, json);
    }

    static FhirResource document(int index, String key, String title, byte[] file, String contentType,
                                 boolean restricted) {
        Map<String, Object> attachment = new HashMap<>();
        attachment.put("data", Base64.getEncoder().encodeToString(file));
        if (contentType != null) {
            attachment.put("contentType", contentType);
        }
        return new FhirResource(index, "DocumentReference", key, restricted, Map.of("resourceType",
                "DocumentReference", "status", "current", "description", title, "date", "2026-10-12T10:00:00Z",
                "author", List.of(Map.of("display", "Leeds General Infirmary")),
                "content", List.of(Map.of("attachment", attachment))));
    }
}
