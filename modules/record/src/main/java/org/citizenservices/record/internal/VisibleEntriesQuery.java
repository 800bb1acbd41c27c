package org.citizenservices.record.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ViewRecordPolicy} as SQL, so that a page of a 10 000-entry record is read by one indexed query and its
 * count by another, with hidden elements neither returned nor counted. Values are always bound, never inlined.
 */
final class VisibleEntriesQuery {

    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private final String problemJoin;
    private final List<Object> joinParameters = new ArrayList<>();

    VisibleEntriesQuery(String practiceOds, long patientId, Viewer viewer, List<RecordSection> sections) {
        where.append("e.PATIENT_ID = ? AND e.PRACTICE_ODS = ? AND ");
        parameters.add(patientId);
        parameters.add(practiceOds);
        where.append(visible("e", viewer, sections, parameters));
        // a linked problem is named (and sorted by) only when the reader may see that problem itself
        if (viewer.showsSection(RecordSection.PROBLEMS)) {
            problemJoin = " LEFT JOIN ENTRY p ON p.ID = e.PROBLEM_ID AND p.PATIENT_ID = e.PATIENT_ID AND "
                    + visible("p", viewer, List.of(RecordSection.PROBLEMS), joinParameters);
        } else {
            problemJoin = " LEFT JOIN ENTRY p ON 1 = 0";
        }
    }

    private static String visible(String alias, Viewer viewer, List<RecordSection> sections, List<Object> into) {
        List<RecordSection> shown = sections.stream().filter(viewer::showsSection).toList();
        if (shown.isEmpty()) {
            return "1 = 0";
        }
        StringBuilder sql = new StringBuilder("(");
        sql.append(alias).append(".SECTION IN (").append(marks(shown.size())).append(")");
        shown.forEach(s -> into.add(s.name()));
        sql.append(" AND ").append(alias).append(".RESTRICTED = FALSE");
        sql.append(" AND (").append(alias).append(".SECTION <> 'DOCUMENTS' OR ").append(alias)
                .append(".REVIEWED_AT IS NOT NULL)");
        // a result nobody has filed yet: the clinician may still need to speak to the patient first
        sql.append(" AND (").append(alias).append(".SECTION <> 'TEST_RESULTS' OR ").append(alias)
                .append(".FILED_AT IS NOT NULL)");
        sql.append(" AND (");
        if (viewer.newEntriesFrom() != null) {
            // a new entry shows in any section; older ones by the level's rule below
            sql.append(alias).append(".EFFECTIVE_AT >= ? OR ");
            into.add(viewer.newEntriesStart());
        }
        return sql.append(byLevel(alias, viewer, shown, into)).append("))").toString();
    }

    /** The R8 level's rule: the level's sections, and before its start date only what a clinician reviewed. */
    private static String byLevel(String alias, Viewer viewer, List<RecordSection> sections, List<Object> into) {
        List<RecordSection> atLevel = sections.stream()
                .filter(s -> ViewRecordPolicy.sectionShown(viewer.level(), s)).toList();
        if (atLevel.isEmpty()) {
            return "1 = 0";
        }
        List<String> rule = new ArrayList<>();
        if (!atLevel.equals(sections)) {
            rule.add(alias + ".SECTION IN (" + marks(atLevel.size()) + ")");
            atLevel.forEach(s -> into.add(s.name()));
        }
        if (viewer.from() != null) {
            StringBuilder sql = new StringBuilder("(").append(alias).append(".EFFECTIVE_AT >= ? OR ").append(alias)
                    .append(".REVIEWED_AT IS NOT NULL");
            into.add(viewer.fromStart());
            if (viewer.reviewedBackTo() != null) {
                sql.append(" OR ").append(alias).append(".EFFECTIVE_AT >= ?");
                into.add(viewer.reviewedBackToStart());
            }
            rule.add(sql.append(")").toString());
        }
        return rule.isEmpty() ? "1 = 1" : "(" + String.join(" AND ", rule) + ")";
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** Only the results of one test: of the same SNOMED CT concept when it was coded, else of the same term. */
    VisibleEntriesQuery sameTest(String snomedId, String term) {
        where.append(snomedId != null ? " AND e.SNOMED_ID = ?" : " AND e.SNOMED_ID IS NULL AND e.TERM = ?");
        parameters.add(snomedId != null ? snomedId : term);
        return this;
    }

    @SuppressWarnings("unchecked")
    List<RecordEntry> page(EntityManager em, RecordSort sort, int offset, int limit) {
        String sql = "SELECT e.* FROM ENTRY e" + problemJoin + " WHERE " + where + " ORDER BY " + order(sort)
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        List<Object> all = new ArrayList<>(joinParameters);
        all.addAll(parameters);
        all.add(offset);
        all.add(limit);
        return bind(em.createNativeQuery(sql, RecordEntry.class), all).getResultList();
    }

    long count(EntityManager em) {
        Object count = bind(em.createNativeQuery("SELECT COUNT(*) FROM ENTRY e WHERE " + where), parameters)
                .getSingleResult();
        return ((Number) count).longValue();
    }

    private static String order(RecordSort sort) {
        String newestFirst = "e.EFFECTIVE_AT DESC, e.ID DESC";
        return switch (sort) {
            case DATE -> newestFirst;
            case TYPE -> "e.ENTRY_TYPE, " + newestFirst;
            case PROBLEM -> "p.TERM ASC NULLS LAST, " + newestFirst;
            case SOURCE -> "e.SOURCE_ORGANISATION, e.SOURCE_USER, " + newestFirst;
        };
    }

    private static Query bind(Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
