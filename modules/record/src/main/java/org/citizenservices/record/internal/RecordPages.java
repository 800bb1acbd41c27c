package org.citizenservices.record.internal;

import jakarta.persistence.EntityManager;
import org.citizenservices.spi.RecordAccess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page of the record as a reader at a level sees it: the citizen online, or a clinician viewing as the patient.
 * What shows is decided by {@link ViewRecordPolicy}, in the query and again for every row; a linked problem's term
 * and a consultation's coded entries show only when the reader may see them themselves.
 */
public final class RecordPages {

    /** The most items one page may hold. */
    public static final int MAX_PAGE = 500;

    private RecordPages() {
    }

    /**
     * The reader: the level and its start date, how far back a clinician has reviewed the record, and where the
     * reader's new-entry access starts (none for a proxy, a patient under 16, or one a clinician decided against).
     */
    static Viewer viewer(EntityManager em, RecordAccess recordAccess, ProspectiveAccess.Reading reading) {
        PatientRecord record = em.find(PatientRecord.class, recordAccess.patientId());
        return new Viewer(recordAccess.level(), recordAccess.from(), record == null ? null : record.reviewedBackTo(),
                reading.from(recordAccess, record == null ? null : record.newEntriesWithheld()));
    }

    static RecordPage page(EntityManager em, String practiceOds, RecordAccess recordAccess, Viewer viewer,
                           RecordSection section, RecordSort sort, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds 1 to " + MAX_PAGE + " items.");
        }
        List<RecordSection> shown = viewer.sections();
        List<RecordSection> asked = section == null ? shown : List.of(section);
        VisibleEntriesQuery query = new VisibleEntriesQuery(practiceOds, recordAccess.patientId(), viewer, asked);
        List<RecordEntry> rows = query.page(em, sort == null ? RecordSort.DATE : sort, offset, limit);
        long total = rows.size() < limit && offset == 0 ? rows.size() : query.count(em);
        Map<Long, String> problems = visibleProblems(em, viewer, recordAccess.patientId(),
                rows.stream().map(RecordEntry::problemId).filter(Objects::nonNull).distinct().toList());
        Map<Long, List<String>> coded = codedEntries(em, viewer, recordAccess.patientId(), rows.stream()
                .filter(row -> row.type() == EntryType.CONSULTATION).map(RecordEntry::id).toList());
        List<RecordItem> items = rows.stream()
                // the query applied the policy; nothing it should have hidden leaves, even if it were wrong
                .filter(row -> row.patientId() == recordAccess.patientId() && ViewRecordPolicy.shows(viewer, row))
                .map(row -> item(row, viewer, problems, coded.getOrDefault(row.id(), List.of())))
                .toList();
        return new RecordPage(MandatedStatement.TEXT, viewer.level(), shown, items, total, offset,
                viewer.newEntriesFrom());
    }

    private static Map<Long, String> visibleProblems(EntityManager em, Viewer viewer, long patientId,
                                                     Collection<Long> ids) {
        Map<Long, String> terms = new HashMap<>();
        if (ids.isEmpty() || !viewer.showsSection(RecordSection.PROBLEMS)) {
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
                .forEach(e -> terms.computeIfAbsent(e.consultationId(), id -> new ArrayList<>()).add(e.term()));
        return terms;
    }

    private static RecordItem item(RecordEntry row, Viewer viewer, Map<Long, String> problems, List<String> coded) {
        boolean freeText = ViewRecordPolicy.freeTextShown(viewer, row.effectiveAt());
        return new RecordItem(row.id(), row.section(), row.type(), row.term(), freeText ? row.freeText() : null,
                row.effectiveAt(), row.problemId() == null ? null : problems.get(row.problemId()), row.source(),
                details(row), row.type().isDocument() ? row.contentType() : null,
                freeText ? row.annotation() : null, List.copyOf(coded),
                row.snomedId(), row.section() == RecordSection.TEST_RESULTS ? row.result() : null);
    }

    private static String details(RecordEntry row) {
        if (row.section() == RecordSection.MEDICATIONS) {
            return row.quantity() == null ? row.dosage() : row.dosage() + " — " + row.quantity();
        }
        return row.section() == RecordSection.TEST_RESULTS && row.result() != null ? row.result().measurement() : null;
    }
}
