package org.citizenservices.record.internal;

import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.UnitsOfWork;
import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DocumentReferences from the practice's clinical system as documents of the record, on a real Derby database: shown
 * from the DOCUMENTS level up; the same one again unchanged (its file compared by hash, or once by its bytes when
 * stored before hashes), or updated when its details or its file changed; refused with a reason
 * when its file is not what it says, too large, or only a URL; never shown when restricted or entered in error.
 */
class ImportedDocumentsTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = RecordDatabase.unit();
    static TestServiceAccess access;
    static RecordImport imports;
    static ViewRecord viewRecord;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        imports = new RecordImport(unit.get().entityManagerFactory(), TestClock.FIXED,
                new TikaUploadPolicy(UploadLimits.defaults()));
        viewRecord = new ViewRecord(unit.get().entityManagerFactory(), access);
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
                        false)));

        assertThat(outcomes).extracting(ImportOutcome::kind).containsExactly(ImportOutcome.Kind.CREATED,
                ImportOutcome.Kind.REJECTED, ImportOutcome.Kind.REJECTED, ImportOutcome.Kind.REJECTED,
                ImportOutcome.Kind.REJECTED);
        assertThat(outcomes.get(1).reason()).contains("only by URL");
        assertThat(outcomes.get(2).reason()).contains("says it is application/pdf but its bytes are text/plain");
        assertThat(outcomes.get(3).reason()).contains("refused");
        assertThat(outcomes.get(4).reason()).contains("10 MiB");
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

        Map<String, Object> wrong = new HashMap<>(document(0, "doc-e", "Letter for someone else", PDF,
                "application/pdf", false).json());
        wrong.put("status", "entered-in-error");
        assertThat(store(13, new FhirResource(0, "DocumentReference", "doc-e", false, wrong)))
                .containsExactly(ImportOutcome.Kind.UPDATED);
        assertThat(viewRecord.documents().items()).isEmpty();
        assertThat(store(13, new FhirResource(0, "DocumentReference", "doc-never", false, wrong)))
                .containsExactly(ImportOutcome.Kind.REJECTED);
    }

    private static List<ImportOutcome.Kind> store(long patient, FhirResource... resources) {
        return imports.store(TestServiceAccess.PRACTICE, patient, List.of(resources)).stream().map(ImportOutcome::kind).toList();
    }

    /** The entry stored for the resource, as the practice sees it. */
    private static RecordEntry entry(long patient, FhirResource resource) {
        return UnitsOfWork.read(unit.get().entityManagerFactory(), em -> RecordImport.existing(em,
                TestServiceAccess.PRACTICE, patient, resource));
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
