package org.citizenservices.record.internal;

import org.citizenservices.spi.Texts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The patient record and who may read what of it. Every citizen operation starts from the host's
 * {@link ServiceAccess#recordAccess()} (RECORD available to this citizen for this patient, and the patient's own
 * level), every practice operation from {@code requireStaff(CLINICIAN)} and the patient being of the practice; each
 * read and change is audited. What a citizen sees is decided by {@link ViewRecordPolicy}, in the query and again
 * for every row.
 */
public final class PatientRecordService {

    /** The most items one page may hold. */
    public static final int MAX_PAGE = 500;
    /** The largest document the practice may store. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;

    public PatientRecordService(EntityManagerFactory factory, ServiceAccess access, Clock clock) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
    }

    // ---- citizens ----------------------------------------------------------------------------------------------

    /**
     * A page of the record of the patient the citizen acts for: one section (or, with {@code null}, every section
     * their level shows), sorted, from {@code offset}.
     */
    public RecordPage page(RecordSection section, RecordSort sort, int offset, int limit) {
        RecordAccess recordAccess = access.recordAccess();
        CurrentCitizen citizen = citizen();
        if (section != null && !ViewRecordPolicy.sectionShown(recordAccess.level(), section)) {
            access.audit("RECORD_SECTION_REFUSED", section.name());
            throw new RecordRefused(RecordRefused.Reason.NOT_AT_THIS_LEVEL, "The section \"" + section.label()
                    + "\" is not part of the record you can see online. Ask the practice if you need it.");
        }
        RecordPage page = read(em -> page(em, citizen.odsCode(), recordAccess, viewer(em, recordAccess), section,
                sort, offset, limit));
        access.audit("RECORD_VIEWED", (section == null ? "ALL" : section.name()) + " sort " + sort + " from "
                + offset + ", " + page.items().size() + " items");
        return page;
    }

    /** The reviewed, unrestricted documents the citizen may open (level DOCUMENTS or above). */
    public RecordPage documents() {
        return page(RecordSection.DOCUMENTS, RecordSort.DATE, 0, MAX_PAGE);
    }

    /**
     * A document's file, when the citizen may see that document; any other id — unknown, another patient's,
     * restricted, not yet reviewed, above the level — is {@link RecordRefused.Reason#NOT_FOUND}, alike.
     */
    public DocumentFile document(long documentId) {
        RecordAccess recordAccess = access.recordAccess();
        CurrentCitizen citizen = citizen();
        DocumentFile file = read(em -> {
            RecordEntry entry = em.find(RecordEntry.class, documentId);
            if (entry == null || entry.patientId() != recordAccess.patientId()
                    || !entry.practiceOds().equals(citizen.odsCode()) || !entry.type().isDocument()
                    || !ViewRecordPolicy.shows(viewer(em, recordAccess), entry)) {
                return null;
            }
            DocumentContent content = em.find(DocumentContent.class, documentId);
            return content == null ? null : new DocumentFile(entry.term(), entry.contentType(), content.content());
        });
        if (file == null) {
            access.audit("RECORD_DOCUMENT_REFUSED", "document " + documentId);
            throw new RecordRefused(RecordRefused.Reason.NOT_FOUND, "There is no such document.");
        }
        access.audit("RECORD_DOCUMENT_OPENED", "document " + documentId);
        return file;
    }

    /** The citizen whose {@link ServiceAccess#recordAccess()} was just granted. */
    private CurrentCitizen citizen() {
        return access.currentCitizen().orElseThrow(() -> new SecurityException("Sign in to view your record."));
    }

    // ---- the practice ------------------------------------------------------------------------------------------

    /** Everything in a patient's record, restricted and unreviewed included, for a clinician of the practice. */
    public List<RecordEntry> entries(long patientId, RecordSection section) {
        CurrentStaff staff = clinicianFor(patientId);
        List<RecordEntry> entries = read(em -> em.createQuery("select e from RecordEntry e where e.patientId = :patient"
                        + " and e.practiceOds = :ods and e.section in :sections order by e.effectiveAt desc, e.id desc",
                        RecordEntry.class)
                .setParameter("patient", patientId).setParameter("ods", staff.odsCode())
                .setParameter("sections", section == null ? List.of(RecordSection.values()) : List.of(section))
                .getResultList());
        access.auditPatient(patientId, "RECORD_VIEWED_BY_STAFF", section == null ? "ALL" : section.name());
        return entries;
    }

    /** What the patient would see online at {@code level} (their own start date and the practice's review kept). */
    public RecordPage viewAs(long patientId, RecordAccessLevel level, RecordSection section, RecordSort sort,
                             int offset, int limit) {
        CurrentStaff staff = clinicianFor(patientId);
        RecordAccess configured = access.recordAccessOf(patientId);
        RecordAccess asIf = new RecordAccess(patientId, level, configured.from());
        RecordPage page = read(em -> page(em, staff.odsCode(), asIf, viewer(em, asIf), section, sort, offset, limit));
        access.auditPatient(patientId, "RECORD_VIEWED_AS_PATIENT", level + " " + (section == null ? "ALL" : section));
        return page;
    }

    /** The patient's View Record configuration, for the practice's pages. */
    public RecordAccess configuredAccess(long patientId) {
        clinicianFor(patientId);
        return access.recordAccessOf(patientId);
    }

    public RecordEntry record(long patientId, NewEntry entry) {
        CurrentStaff staff = clinicianFor(patientId);
        if (entry.type().isDocument()) {
            throw new IllegalArgumentException("Add a document with its file.");
        }
        RecordEntry saved = write(em -> {
            checkProblem(em, patientId, entry.problemId());
            checkConsultation(em, patientId, entry.consultationId());
            RecordEntry stored = new RecordEntry(staff.odsCode(), patientId, entry, now(), staff.displayName());
            em.persist(stored);
            em.flush();
            return stored;
        });
        access.auditPatient(patientId, "RECORD_ENTRY_ADDED", saved.section() + " entry " + saved.id()
                + (saved.restricted() ? ", restricted" : ""));
        return saved;
    }

    /** A document with its file; it stays invisible online until a clinician reviews it. */
    public RecordEntry addDocument(long patientId, NewEntry entry, byte[] content) {
        CurrentStaff staff = clinicianFor(patientId);
        if (!entry.type().isDocument()) {
            throw new IllegalArgumentException("Choose a clinical or administrative document type.");
        }
        if (content == null || content.length == 0 || content.length > MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("A document is between 1 byte and 10 MiB.");
        }
        // the type is read from the file itself, never taken from the upload's word for it
        String contentType = MediaTypes.sniff(content).orElseThrow(() -> new IllegalArgumentException(
                "A document is a PDF, PNG, JPEG or plain text file."));
        RecordEntry saved = write(em -> {
            checkProblem(em, patientId, entry.problemId());
            RecordEntry stored = new RecordEntry(staff.odsCode(), patientId, entry, now(), staff.displayName());
            stored.attach(contentType, content.length);
            em.persist(stored);
            em.flush();
            em.persist(new DocumentContent(stored.id(), content));
            return stored;
        });
        access.auditPatient(patientId, "RECORD_DOCUMENT_ADDED", "document " + saved.id());
        return saved;
    }

    /** Marks an element restricted from View Record (never shown online), or lifts that. */
    public void setRestricted(long entryId, boolean restricted) {
        long patientId = change(entryId, (entry, staff) -> entry.restrict(restricted));
        access.auditPatient(patientId, restricted ? "RECORD_ENTRY_RESTRICTED" : "RECORD_ENTRY_UNRESTRICTED",
                "entry " + entryId);
    }

    /** A clinician's review: a document becomes visible online; older data shows despite the level's start date. */
    public void setReviewed(long entryId, boolean reviewed) {
        long patientId = change(entryId, (entry, staff) -> {
            if (reviewed) {
                entry.review(now(), staff.displayName());
            } else {
                entry.unreview();
            }
        });
        access.auditPatient(patientId, reviewed ? "RECORD_ENTRY_REVIEWED" : "RECORD_ENTRY_UNREVIEWED",
                "entry " + entryId);
    }

    public void annotate(long entryId, String annotation) {
        String text = Texts.optional(annotation, 2000, "The annotation");
        long patientId = change(entryId, (entry, staff) -> entry.annotate(text));
        access.auditPatient(patientId, "RECORD_ENTRY_ANNOTATED", "entry " + entryId);
    }

    /** The date back to which a clinician has reviewed this patient's record; {@code null} clears it. */
    public void setReviewedBackTo(long patientId, LocalDate date) {
        CurrentStaff staff = clinicianFor(patientId);
        if (date != null && date.isAfter(now().toLocalDate())) {
            throw new IllegalArgumentException("A review date cannot be in the future.");
        }
        write(em -> {
            PatientRecord record = em.find(PatientRecord.class, patientId);
            if (record == null) {
                record = new PatientRecord(patientId, staff.odsCode());
                em.persist(record);
            }
            record.reviewBackTo(date, now(), staff.displayName());
            return record;
        });
        access.auditPatient(patientId, "RECORD_REVIEWED_BACK_TO", date == null ? "cleared" : date.toString());
    }

    public Optional<LocalDate> reviewedBackTo(long patientId) {
        clinicianFor(patientId);
        return Optional.ofNullable(read(em -> {
            PatientRecord record = em.find(PatientRecord.class, patientId);
            return record == null ? null : record.reviewedBackTo();
        }));
    }

    // ---- the rules at work -------------------------------------------------------------------------------------

    private RecordPage page(EntityManager em, String practiceOds, RecordAccess recordAccess, Viewer viewer,
                            RecordSection section, RecordSort sort, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds 1 to " + MAX_PAGE + " items.");
        }
        List<RecordSection> shown = ViewRecordPolicy.sectionsAt(viewer.level());
        List<RecordSection> asked = section == null ? shown : List.of(section);
        VisibleEntriesQuery query = new VisibleEntriesQuery(practiceOds, recordAccess.patientId(), viewer, asked);
        List<RecordEntry> rows = query.page(em, sort == null ? RecordSort.DATE : sort, offset, limit);
        long total = rows.size() < limit && offset == 0 ? rows.size() : query.count(em);
        Map<Long, String> problems = visibleProblems(em, viewer, recordAccess.patientId(),
                rows.stream().map(RecordEntry::problemId).filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, List<String>> coded = codedEntries(em, viewer, recordAccess.patientId(), rows.stream()
                .filter(row -> row.type() == EntryType.CONSULTATION).map(RecordEntry::id).toList());
        List<RecordItem> items = rows.stream()
                // the query applied the policy; nothing it should have hidden leaves, even if it were wrong
                .filter(row -> row.patientId() == recordAccess.patientId() && ViewRecordPolicy.shows(viewer, row))
                .map(row -> item(row, viewer, problems, coded.getOrDefault(row.id(), List.of())))
                .toList();
        return new RecordPage(MandatedStatement.TEXT, viewer.level(), shown, items, total, offset);
    }

    private static Map<Long, String> visibleProblems(EntityManager em, Viewer viewer, long patientId,
                                                     Collection<Long> ids) {
        Map<Long, String> terms = new HashMap<>();
        if (ids.isEmpty() || !ViewRecordPolicy.sectionShown(viewer.level(), RecordSection.PROBLEMS)) {
            return terms;
        }
        em.createQuery("select e from RecordEntry e where e.id in :ids and e.patientId = :patient", RecordEntry.class)
                .setParameter("ids", ids).setParameter("patient", patientId).getResultList().stream()
                .filter(p -> p.section() == RecordSection.PROBLEMS && ViewRecordPolicy.shows(viewer, p))
                .forEach(p -> terms.put(p.id(), p.term()));
        return terms;
    }

    /** Per consultation, the terms of the entries coded in it that the reader may see themselves. */
    private static Map<Long, List<String>> codedEntries(EntityManager em, Viewer viewer, long patientId,
                                                        Collection<Long> consultations) {
        Map<Long, List<String>> terms = new HashMap<>();
        if (consultations.isEmpty()) {
            return terms;
        }
        em.createQuery("select e from RecordEntry e where e.consultationId in :ids and e.patientId = :patient"
                        + " order by e.id", RecordEntry.class)
                .setParameter("ids", consultations).setParameter("patient", patientId).getResultList().stream()
                .filter(e -> ViewRecordPolicy.shows(viewer, e))
                .forEach(e -> terms.computeIfAbsent(e.consultationId(), id -> new java.util.ArrayList<>())
                        .add(e.term()));
        return terms;
    }

    private static RecordItem item(RecordEntry row, Viewer viewer, Map<Long, String> problems, List<String> coded) {
        boolean freeText = ViewRecordPolicy.freeTextShown(viewer.level());
        return new RecordItem(row.id(), row.section(), row.type(), row.term(), freeText ? row.freeText() : null,
                row.effectiveAt(), row.problemId() == null ? null : problems.get(row.problemId()), row.source(),
                details(row), row.type().isDocument() ? row.contentType() : null,
                ViewRecordPolicy.annotationsShown(viewer.level()) ? row.annotation() : null, List.copyOf(coded));
    }

    private static String details(RecordEntry row) {
        if (row.section() == RecordSection.MEDICATIONS) {
            return row.quantity() == null ? row.dosage() : row.dosage() + " — " + row.quantity();
        }
        if (row.section() == RecordSection.TEST_RESULTS && row.resultValue() != null) {
            return row.resultValue() + (row.resultUnit() == null ? "" : " " + row.resultUnit())
                    + (row.referenceRange() == null ? "" : " (range " + row.referenceRange() + ")");
        }
        return null;
    }

    private static Viewer viewer(EntityManager em, RecordAccess recordAccess) {
        PatientRecord record = em.find(PatientRecord.class, recordAccess.patientId());
        return new Viewer(recordAccess.level(), recordAccess.from(), record == null ? null : record.reviewedBackTo());
    }

    private CurrentStaff clinicianFor(long patientId) {
        CurrentStaff staff = access.requireStaff(Role.CLINICIAN);
        if (access.practicePatients(List.of(patientId)).get(patientId) == null) {
            throw new SecurityException("Not a patient of this practice.");
        }
        return staff;
    }

    private static void checkProblem(EntityManager em, long patientId, Long problemId) {
        if (problemId == null) {
            return;
        }
        RecordEntry problem = em.find(RecordEntry.class, problemId);
        if (problem == null || problem.patientId() != patientId || problem.section() != RecordSection.PROBLEMS) {
            throw new IllegalArgumentException("Link the entry to one of this patient's problems.");
        }
    }

    private static void checkConsultation(EntityManager em, long patientId, Long consultationId) {
        if (consultationId == null) {
            return;
        }
        RecordEntry consultation = em.find(RecordEntry.class, consultationId);
        if (consultation == null || consultation.patientId() != patientId
                || consultation.type() != EntryType.CONSULTATION) {
            throw new IllegalArgumentException("Record the entry in one of this patient's consultations.");
        }
    }

    private interface Change {
        void apply(RecordEntry entry, CurrentStaff staff);
    }

    /** Changes one entry of a patient of the clinician's practice; returns the patient's id for the audit. */
    private long change(long entryId, Change change) {
        CurrentStaff staff = access.requireStaff(Role.CLINICIAN);
        long patientId = write(em -> {
            RecordEntry entry = em.find(RecordEntry.class, entryId);
            if (entry == null || !entry.practiceOds().equals(staff.odsCode())) {
                throw new RecordRefused(RecordRefused.Reason.NOT_FOUND, "There is no such entry.");
            }
            change.apply(entry, staff);
            return entry.patientId();
        });
        return patientId;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private <T> T read(Function<EntityManager, T> work) {
        return UnitsOfWork.read(factory, work);
    }

    private <T> T write(Function<EntityManager, T> work) {
        return UnitsOfWork.write(factory, work);
    }
}
