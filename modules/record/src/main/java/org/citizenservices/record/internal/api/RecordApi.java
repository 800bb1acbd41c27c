package org.citizenservices.record.internal.api;

import org.citizenservices.record.internal.DocumentFile;
import org.citizenservices.record.internal.ExportFormat;
import org.citizenservices.record.internal.RecordItem;
import org.citizenservices.record.internal.RecordPage;
import org.citizenservices.record.internal.RecordPages;
import org.citizenservices.record.internal.RecordRefused;
import org.citizenservices.record.internal.RecordSection;
import org.citizenservices.record.internal.RecordSort;
import org.citizenservices.record.internal.ResultFlag;
import org.citizenservices.record.internal.TestResult;
import org.citizenservices.record.internal.ViewRecord;
import org.citizenservices.spi.ApiField;
import org.citizenservices.spi.ApiFile;
import org.citizenservices.spi.ApiParameter;
import org.citizenservices.spi.ApiRequest;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.RecordAccessLevel;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

import static org.citizenservices.spi.ApiProblem.answering;

/**
 * The record routes of the patient API contract ({@code docs/patient-api.md}): a section of the record at the
 * patient's level with the mandated statement, the documents list and a document's file. The host authenticates,
 * resolves the patient link, checks RECORD and audits the call; {@link ViewRecord} applies the rules.
 */
public final class RecordApi {

    /** The contract's sections; the record's administrative information is served too, at FULL. */
    public enum Section {
        ALLERGIES, MEDICATIONS, PROBLEMS, CONSULTATIONS, TEST_RESULTS, IMMUNISATIONS, DOCUMENTS, ADMINISTRATIVE
    }

    public enum Sort {
        date, type, problem, source
    }

    /** A downloaded record: a PDF for people, a FHIR R4 Bundle for other apps. */
    public enum Format {
        pdf, fhir
    }

    public record RecordSource(String organisation, String system, String user, String role) {
    }

    /**
     * An item of the record: {@code freeText} and {@code annotation} only where the level allows, else null;
     * {@code codedEntries}, for a consultation, the terms coded in it that the reader may see.
     */
    public record PatientRecordItem(String itemId, Section section, @ApiField(example = "Allergy") String type,
                       @ApiField(example = "Penicillin allergy") String term,
                       @ApiField(nullable = true, description = "At level FULL, or in a new entry (newEntriesFrom)")
                       String freeText,
                       OffsetDateTime effectiveAt,
                       @ApiField(nullable = true, description = "The problem the item is linked to, if any")
                       String problem, RecordSource source,
                       @ApiField(nullable = true, description = "Dosage and quantity, or a result's value, unit and"
                               + " range") String details,
                       @ApiField(nullable = true, description = "A clinician's annotation: at FULL, or in a new entry")
                       String annotation, List<String> codedEntries,
                       @ApiField(nullable = true, description = "A test result's particulars; null for other items")
                       PatientTestResult result) {
    }

    /**
     * A test result as the laboratory and the practice gave it: the value as written (it may not be a number), the
     * laboratory's flag with the words to show for it, the clinician's comment for the patient, and the test
     * request it answers (results of one request share it: group them by it).
     */
    public record PatientTestResult(@ApiField(nullable = true, example = "44") String value,
                       @ApiField(nullable = true, example = "mmol/mol") String unit,
                       @ApiField(nullable = true, example = "20-41") String referenceRange,
                       @ApiField(nullable = true, description = "The laboratory's interpretation; null when it gave"
                               + " none") ResultFlag flag,
                       @ApiField(nullable = true, example = "High", description = "The flag in the words to show")
                       String flagText,
                       @ApiField(nullable = true, example = "Slightly raised: please book a review with the nurse.",
                               description = "The clinician's comment for the patient") String comment,
                       @ApiField(nullable = true, example = "Full blood count") String request) {
    }

    public record PatientRecord(String statement, RecordAccessLevel accessLevel, List<PatientRecordItem> items,
            long total, int offset,
            @ApiField(nullable = true, example = "2024-02-05", description = "New-entry access: every entry dated"
                    + " from this day is shown in full, whatever the access level, except restricted ones. Only for"
                    + " the patient themself, aged 16 or over, when the practice has it on; null otherwise")
            java.time.LocalDate newEntriesFrom) {
    }

    public record RecordDocument(String documentId, String title, String type, OffsetDateTime effectiveAt,
            RecordSource source,
                           @ApiField(example = "application/pdf") String contentType) {
    }

    public record RecordDocuments(String statement, List<RecordDocument> documents) {
    }

    private static final int DEFAULT_PAGE = 100;

    private final Supplier<ViewRecord> record;
    private final Clock practiceClock;

    public RecordApi(Supplier<ViewRecord> record, Clock practiceClock) {
        this.record = record;
        this.practiceClock = practiceClock;
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("record", "A section of the patient's record at their View Record level, with the"
                                + " mandated statement; restricted items never appear", "RECORD_READ",
                                        PatientRecord.class,
                                this::read).named("readRecord")
                        .answers(403, "The section is above the patient's View Record level")
                        .withQuery(ApiParameter.optional("section", Section.class,
                                        "One section (default: every section the level shows)"),
                                ApiParameter.optional("sort", Sort.class, "date (default, newest first), type,"
                                        + " problem or source"),
                                ApiParameter.optional("offset", Integer.class, "Items to skip (default 0)"),
                                ApiParameter.optional("limit", Integer.class, "Items in this page (default "
                                        + DEFAULT_PAGE + ", at most " + RecordPages.MAX_PAGE + ")")),
                ApiRoute.get("record/export", "Everything of the record the patient may see, as a file to keep: a PDF"
                                + " for people or a FHIR R4 Bundle (collection) for other apps — never more than the"
                                + " record's pages show", "RECORD_EXPORT", ApiFile.class, this::export)
                        .named("exportRecord").files("application/pdf", "application/fhir+json")
                        .withQuery(ApiParameter.required("format", Format.class, "pdf or fhir")),
                ApiRoute.get("documents", "The reviewed documents the patient may open (level DOCUMENTS or FULL)",
                        "RECORD_DOCUMENTS_READ", RecordDocuments.class, this::documents).named("listDocuments")
                        .answers(403, "The patient's View Record level does not include documents"),
                ApiRoute.get("documents/{documentId}/content", "A document's file", "RECORD_DOCUMENT_READ",
                        ApiFile.class, this::content).named("getDocumentContent")
                        .answers(403, "The patient's View Record level does not include documents"));
    }

    private PatientRecord read(ApiRequest request) {
        // read as the document spells them, so that a refusal lists the values the document lists
        RecordSection section = request.queryChoice("section", Section.class)
                .map(chosen -> RecordSection.valueOf(chosen.name())).orElse(null);
        RecordSort sort = request.queryChoice("sort", Sort.class)
                .map(chosen -> RecordSort.valueOf(chosen.name().toUpperCase(java.util.Locale.ROOT)))
                .orElse(RecordSort.DATE);
        int offset = request.queryInt("offset").orElse(0);
        int limit = request.queryInt("limit").orElse(DEFAULT_PAGE);
        RecordPage page = answering(() -> record.get().page(section, sort, offset, limit));
        return new PatientRecord(page.statement(), page.level(), page.items().stream().map(this::item).toList(),
                page.total(), page.offset(), page.newEntriesFrom());
    }

    private ApiFile export(ApiRequest request) {
        Format format = request.queryChoice("format", Format.class)
                .orElseThrow(() -> org.citizenservices.spi.ApiProblem.badRequest("The query parameter 'format' is"
                        + " required: pdf or fhir."));
        DocumentFile file = answering(() -> record.get().export(format == Format.pdf ? ExportFormat.PDF
                : ExportFormat.FHIR, LocalDateTime.now(practiceClock), practiceClock.getZone()));
        return new ApiFile(file.contentType(), file.fileName(), file.content());
    }

    private RecordDocuments documents(ApiRequest request) {
        RecordPage page = answering(() -> record.get().documents());
        return new RecordDocuments(page.statement(), page.items().stream()
                .map(i -> new RecordDocument(Long.toString(i.itemId()), i.term(), i.type().label(),
                        offset(i.effectiveAt()),
                        source(i), i.document()))
                .toList());
    }

    private ApiFile content(ApiRequest request) {
        long id = request.pathId("documentId", "There is no such document.");
        DocumentFile file = answering(() -> record.get().document(id));
        return new ApiFile(file.contentType(), file.fileName(), file.content());
    }

    private PatientRecordItem item(RecordItem i) {
        return new PatientRecordItem(Long.toString(i.itemId()), Section.valueOf(i.section().name()),
                i.type().label(), i.term(),
                i.freeText(), offset(i.effectiveAt()), i.problem(), source(i), i.details(), i.annotation(),
                i.codedEntries(), result(i.result()));
    }

    private static PatientTestResult result(TestResult r) {
        return r == null ? null : new PatientTestResult(r.value(), r.unit(), r.referenceRange(), r.flag(),
                r.flag() == null ? null : r.flag().label(), r.comment(), r.request());
    }

    private static RecordSource source(RecordItem i) {
        return new RecordSource(i.source().organisation(), i.source().system(), i.source().user(), i.source().role());
    }

    private OffsetDateTime offset(LocalDateTime local) {
        return local.atZone(practiceClock.getZone()).toOffsetDateTime();
    }
}
