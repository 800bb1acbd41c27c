package org.citizenservices.record.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.UnitsOfWork;

/**
 * View Record - Citizen: the record of the patient the citizen acts for, a page at a time, and its documents. Every
 * operation starts from the host's {@link ServiceAccess#recordAccess()} (RECORD available to this citizen for this
 * patient, and the patient's own level), and every read and refusal is audited. What shows is decided by
 * {@link ViewRecordPolicy}, in the query and again for every row ({@link RecordPages}).
 */
public final class ViewRecord {

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final ProspectiveAccess newEntries;

    public ViewRecord(EntityManagerFactory factory, ServiceAccess access, ProspectiveAccess newEntries) {
        this.factory = factory;
        this.access = access;
        this.newEntries = newEntries;
    }

    /** With new-entry access by the practice's setting, today by the system clock: for tests. */
    public ViewRecord(EntityManagerFactory factory, ServiceAccess access) {
        this(factory, access, new ProspectiveAccess(factory, access, java.time.Clock.systemDefaultZone()));
    }

    /**
     * A page of the record of the patient the citizen acts for: one section (or, with {@code null}, every section
     * their level shows), sorted, from {@code offset}.
     */
    public RecordPage page(RecordSection section, RecordSort sort, int offset, int limit) {
        RecordAccess recordAccess = access.recordAccess();
        CurrentCitizen citizen = citizen();
        Viewer viewer = viewer(recordAccess, citizen);
        if (section != null && !viewer.showsSection(section)) {
            access.audit("RECORD_SECTION_REFUSED", section.name());
            throw new RecordRefused(RecordRefused.Reason.NOT_AT_THIS_LEVEL, "The section \"" + section.label()
                    + "\" is not part of the record you can see online. Ask the practice if you need it.");
        }
        RecordPage page = UnitsOfWork.read(factory, em -> RecordPages.page(em, citizen.odsCode(), recordAccess,
                viewer, section, sort, offset, limit));
        access.audit("RECORD_VIEWED", (section == null ? "ALL" : section.name()) + " sort " + sort + " from "
                + offset + ", " + page.items().size() + " items");
        return page;
    }

    /**
     * Every item of one section the citizen may see, newest first, read in one transaction and audited once — for
     * GP Connect's structured record, which answers a section whole.
     */
    public java.util.List<RecordItem> section(RecordSection section, String audited) {
        RecordAccess recordAccess = access.recordAccess();
        CurrentCitizen citizen = citizen();
        Viewer viewer = viewer(recordAccess, citizen);
        if (!viewer.showsSection(section)) {
            access.audit("RECORD_SECTION_REFUSED", section.name() + " " + audited);
            throw new RecordRefused(RecordRefused.Reason.NOT_AT_THIS_LEVEL, "The section \"" + section.label()
                    + "\" is not part of the record this patient can see online.");
        }
        java.util.List<RecordItem> items = all(citizen, recordAccess, viewer, section);
        access.audit("RECORD_VIEWED", section.name() + " " + audited + ", " + items.size() + " items");
        return items;
    }

    /**
     * Everything the citizen may see of the record, as a file to keep: built from the same pages as the screen, so
     * never more than it shows; audited as {@code RECORD_EXPORTED} with the format and how many items.
     *
     * @param at when, in the practice's time zone {@code zone}
     */
    public DocumentFile export(ExportFormat format, java.time.LocalDateTime at, java.time.ZoneId zone) {
        RecordAccess recordAccess = access.recordAccess();
        CurrentCitizen citizen = citizen();
        Viewer viewer = viewer(recordAccess, citizen);
        java.util.List<RecordSection> sections = viewer.sections();
        RecordCopy copy = new RecordCopy(MandatedStatement.TEXT, recordAccess.level(), sections, citizen.actingFor(),
                citizen.practiceName(), sections.contains(RecordSection.ADMINISTRATIVE),
                all(citizen, recordAccess, viewer, null), at, zone);
        byte[] content = format == ExportFormat.PDF ? RecordPdf.of(copy) : RecordBundle.of(copy);
        access.audit("RECORD_EXPORTED", format.name() + ", " + copy.items().size() + " items");
        return new DocumentFile(copy.title(), format.contentType(), content);
    }

    /** Every item of a section (or, {@code null}, of every section the level shows), newest first, in one read. */
    private java.util.List<RecordItem> all(CurrentCitizen citizen, RecordAccess recordAccess, Viewer viewer,
                                           RecordSection section) {
        return UnitsOfWork.read(factory, em -> {
            java.util.List<RecordItem> all = new java.util.ArrayList<>();
            RecordPage page;
            int offset = 0;
            do {
                page = RecordPages.page(em, citizen.odsCode(), recordAccess, viewer, section, RecordSort.DATE,
                        offset, RecordPages.MAX_PAGE);
                all.addAll(page.items());
                offset += RecordPages.MAX_PAGE;
            } while (offset < page.total());
            return all;
        });
    }

    /** The most results one trend shows: the latest hundred. */
    public static final int TREND_MAX = 100;

    /**
     * The results of the same test as the result {@code itemId} that the citizen may see (the latest
     * {@value #TREND_MAX}), for its trend; any other id — unknown, another patient's, not a result, not shown to this
     * reader — is {@link RecordRefused.Reason#NOT_FOUND}, alike.
     */
    public ResultTrend trend(long itemId) {
        RecordAccess recordAccess = access.recordAccess();
        CurrentCitizen citizen = citizen();
        Viewer viewer = viewer(recordAccess, citizen);
        java.util.List<RecordEntry> results = UnitsOfWork.read(factory, em -> {
            RecordEntry entry = em.find(RecordEntry.class, itemId);
            if (entry == null || entry.patientId() != recordAccess.patientId()
                    || !entry.practiceOds().equals(citizen.odsCode()) || entry.section() != RecordSection.TEST_RESULTS
                    || !ViewRecordPolicy.shows(viewer, entry)) {
                return null;
            }
            return new VisibleEntriesQuery(citizen.odsCode(), recordAccess.patientId(), viewer,
                    java.util.List.of(RecordSection.TEST_RESULTS)).sameTest(entry.snomedId(), entry.term())
                    .page(em, RecordSort.DATE, 0, TREND_MAX).stream()
                    .filter(row -> row.patientId() == recordAccess.patientId() && ViewRecordPolicy.shows(viewer, row))
                    .toList();
        });
        if (results == null || results.isEmpty()) {
            access.audit("RECORD_TREND_REFUSED", "result " + itemId);
            throw new RecordRefused(RecordRefused.Reason.NOT_FOUND, "There is no such result.");
        }
        access.audit("RECORD_VIEWED", "TEST_RESULTS trend of result " + itemId + ", " + results.size() + " items");
        return ResultTrend.of(results);
    }

    /** The reviewed, unrestricted documents the citizen may open (level DOCUMENTS or above). */
    public RecordPage documents() {
        return page(RecordSection.DOCUMENTS, RecordSort.DATE, 0, RecordPages.MAX_PAGE);
    }

    /**
     * A document's file, when the citizen may see that document; any other id — unknown, another patient's,
     * restricted, not yet reviewed, above the level — is {@link RecordRefused.Reason#NOT_FOUND}, alike.
     */
    public DocumentFile document(long documentId) {
        RecordAccess recordAccess = access.recordAccess();
        CurrentCitizen citizen = citizen();
        Viewer viewer = viewer(recordAccess, citizen);
        DocumentFile file = UnitsOfWork.read(factory, em -> {
            RecordEntry entry = em.find(RecordEntry.class, documentId);
            if (entry == null || entry.patientId() != recordAccess.patientId()
                    || !entry.practiceOds().equals(citizen.odsCode()) || !entry.type().isDocument()
                    || !ViewRecordPolicy.shows(viewer, entry)) {
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

    /**
     * Whose record a document is in, when it is one of the practice's of the patient the citizen acts for now — for
     * GP Connect's {@code documents/Binary/{id}}, which names the document before the patient; the caller then moves
     * to that patient through the host's access check and opens it with {@link #document}, which decides as ever.
     */
    public java.util.Optional<Long> patientOfDocument(long documentId) {
        String practice = access.currentCitizen().map(CurrentCitizen::odsCode)
                .orElseThrow(() -> new SecurityException("Sign in to view your record."));
        return java.util.Optional.ofNullable(UnitsOfWork.read(factory, em -> {
            RecordEntry entry = em.find(RecordEntry.class, documentId);
            return entry == null || !entry.practiceOds().equals(practice) || !entry.type().isDocument() ? null
                    : entry.patientId();
        }));
    }

    /** The reader: the patient themself or a proxy, by the patient's access and the practice's new-entry switch. */
    private Viewer viewer(RecordAccess recordAccess, CurrentCitizen citizen) {
        ProspectiveAccess.Reading reading = newEntries.reading(citizen.actingFor().self(), citizen.odsCode());
        return UnitsOfWork.read(factory, em -> RecordPages.viewer(em, recordAccess, reading));
    }

    /** The citizen whose {@link ServiceAccess#recordAccess()} was just granted. */
    private CurrentCitizen citizen() {
        return access.currentCitizen().orElseThrow(() -> new SecurityException("Sign in to view your record."));
    }
}
