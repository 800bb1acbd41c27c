package org.citizenservices.record.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citizenservices.spi.PatientRow;

import java.time.LocalDateTime;

/**
 * One element of a patient's record — a problem, a medicine, an allergy, a consultation, a result, an immunisation,
 * a document or an administrative note — with its provenance and the practice's decisions about online view
 * (restricted, reviewed, a result filed). Paired columns (a value and its unit, when and by whom) are declared together.
 */
@Entity
@Table(name = "ENTRY")
public class RecordEntry extends PatientRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecordSection section;

    @Enumerated(EnumType.STRING)
    @Column(name = "ENTRY_TYPE", nullable = false, length = 30)
    private EntryType type;

    @Column(name = "SNOMED_ID", length = 18)
    private String snomedId;

    @Column(nullable = false, length = 300)
    private String term;

    @Column(name = "FREE_TEXT", length = 8000)
    private String freeText;

    @Column(name = "EFFECTIVE_AT", nullable = false)
    private LocalDateTime effectiveAt;

    @Column(name = "SOURCE_ORGANISATION", nullable = false, length = 120)
    private String sourceOrganisation;

    @Column(name = "SOURCE_SYSTEM", nullable = false, length = 60)
    private String sourceSystem;

    @Column(name = "SOURCE_USER", nullable = false, length = 120)
    private String sourceUser;

    @Column(name = "SOURCE_ROLE", nullable = false, length = 60)
    private String sourceRole;

    @Column(name = "PROBLEM_ID")
    private Long problemId;

    @Column(name = "CONSULTATION_ID")
    private Long consultationId;

    @Column(length = 200)
    private String dosage;

    @Column(length = 100)
    private String quantity;

    @Embedded
    private ResultColumns result;

    @Column(name = "CONTENT_TYPE", length = 100)
    private String contentType;

    @Column(name = "CONTENT_SIZE")
    private Long contentSize;

    /** The file's SHA-256 in hex; null for a document stored before V4 until an import compares it. */
    @Column(name = "CONTENT_SHA256", length = 64)
    private String contentSha256;

    @Column(length = 2000)
    private String annotation;

    @Column(nullable = false)
    private boolean restricted;

    @Column(name = "REVIEWED_AT")
    private LocalDateTime reviewedAt;
    @Column(name = "REVIEWED_BY", length = 120)
    private String reviewedBy;

    /** When a clinician filed a test result (it is never shown online before); null for anything else. */
    @Column(name = "FILED_AT")
    private LocalDateTime filedAt;
    @Column(name = "FILED_BY", length = 120)
    private String filedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY", nullable = false, length = 120)
    private String recordedBy;

    /** The clinical system's key for an imported entry; null for one recorded here. */
    @Column(name = "SOURCE_KEY", length = 300)
    private String sourceKey;

    protected RecordEntry() {
        // for JPA
    }

    RecordEntry(String practiceOds, long patientId, NewEntry entry, LocalDateTime recordedAt, String recordedBy) {
        super(practiceOds, patientId);
        take(entry);
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** An entry brought from the practice's clinical system, known there by {@code sourceKey}. */
    static RecordEntry imported(String practiceOds, long patientId, String sourceKey, NewEntry entry,
                                LocalDateTime at) {
        RecordEntry imported = new RecordEntry(practiceOds, patientId, entry, at, entry.source().system());
        imported.sourceKey = sourceKey;
        return imported;
    }

    /**
     * Takes the clinical system's latest version of an imported entry; false when nothing differs. A restriction
     * stays: it may be a clinician's decision here, which the next import must not undo — only a clinician lifts it.
     */
    boolean updateFrom(NewEntry latestVersion) {
        NewEntry entry = restricted ? latestVersion.markedRestricted() : latestVersion;
        RecordEntry latest = new RecordEntry();
        latest.take(entry);
        if (latest.content().equals(content())) {
            return false;
        }
        take(entry);
        return true;
    }

    /** Everything {@link #take} sets, to compare two versions of an entry. */
    private java.util.List<Object> content() {
        return java.util.Arrays.asList(type, snomedId, term, freeText, effectiveAt, sourceOrganisation, sourceSystem,
                sourceUser, sourceRole, problemId, consultationId, dosage, quantity, result(), restricted);
    }

    private void take(NewEntry entry) {
        this.type = entry.type();
        this.section = entry.type().section();
        this.snomedId = entry.snomedId();
        this.term = entry.term();
        this.freeText = entry.freeText();
        this.effectiveAt = entry.effectiveAt();
        this.sourceOrganisation = entry.source().organisation();
        this.sourceSystem = entry.source().system();
        this.sourceUser = entry.source().user();
        this.sourceRole = entry.source().role();
        this.problemId = entry.problemId();
        this.consultationId = entry.consultationId();
        this.dosage = entry.dosage();
        this.quantity = entry.quantity();
        this.result = ResultColumns.of(entry.result());
        this.restricted = entry.restricted();
    }

    public RecordSection section() {
        return section;
    }

    public EntryType type() {
        return type;
    }

    public String snomedId() {
        return snomedId;
    }

    public String term() {
        return term;
    }

    public String freeText() {
        return freeText;
    }

    public LocalDateTime effectiveAt() {
        return effectiveAt;
    }

    public Source source() {
        return new Source(sourceOrganisation, sourceSystem, sourceUser, sourceRole);
    }

    public Long problemId() {
        return problemId;
    }

    /** The consultation this entry was recorded in, if any. */
    public Long consultationId() {
        return consultationId;
    }

    public String dosage() {
        return dosage;
    }

    public String quantity() {
        return quantity;
    }

    /** A test result's particulars; {@code null} for anything else, or a result coded with none. */
    public TestResult result() {
        return result == null ? null : result.result();
    }

    public String contentType() {
        return contentType;
    }

    public Long contentSize() {
        return contentSize;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public String annotation() {
        return annotation;
    }

    public boolean restricted() {
        return restricted;
    }

    public LocalDateTime reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public LocalDateTime filedAt() {
        return filedAt;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    void restrict(boolean restricted) {
        this.restricted = restricted;
    }

    void review(LocalDateTime at, String by) {
        this.reviewedAt = at;
        this.reviewedBy = by;
    }

    void unreview() {
        this.reviewedAt = null;
        this.reviewedBy = null;
    }

    /** Files a test result ({@code at} null: takes it back, as when the laboratory sends a preliminary version). */
    void file(LocalDateTime at, String by) {
        this.filedAt = at;
        this.filedBy = at == null ? null : by;
    }

    void recordIn(long consultation) {
        this.consultationId = consultation;
    }

    void annotate(String annotation) {
        this.annotation = annotation;
    }

    void attach(String contentType, byte[] content) {
        this.contentType = contentType;
        this.contentSize = (long) content.length;
        this.contentSha256 = DocumentContent.sha256(content);
    }
}
