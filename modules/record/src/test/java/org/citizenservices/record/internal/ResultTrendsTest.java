package org.citizenservices.record.internal;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A result's trend on a real Derby database: the same test's results this reader may see, oldest first — never a
 * restricted one, one not yet filed, another test's or another patient's — and nothing for an id they may not see.
 */
class ResultTrendsTest {

    static final long PATIENT = 41;
    static final long OTHER_PATIENT = 42;
    static final String HAEMOGLOBIN = "271026005";

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = RecordDatabase.unit();
    static TestServiceAccess access;
    static ViewRecord viewRecord;
    static Map<String, Long> ids = new java.util.HashMap<>();

    @BeforeAll
    static void record() {
        access = new TestServiceAccess();
        RecordKeeping keeping = new RecordKeeping(unit.get().entityManagerFactory(), access, TestClock.FIXED,
                new TikaUploadPolicy(UploadLimits.defaults()));
        RecordReview review = new RecordReview(unit.get().entityManagerFactory(), access, TestClock.FIXED);
        viewRecord = new ViewRecord(unit.get().entityManagerFactory(), access);
        access.configure(PATIENT, RecordAccessLevel.FULL, null);
        access.configure(OTHER_PATIENT, RecordAccessLevel.FULL, null);
        access.staff(Role.CLINICIAN);
        Source lab = new Source("Riverton Pathology Laboratory", "Pathology LIMS", "Biomedical Scientist", "Scientist");
        Object[][] results = {{"2023", 2023, "120"}, {"2024", 2024, "135"}, {"haemolysed", 2024, "haemolysed"},
                {"2025", 2025, "150"}, {"restricted", 2024, "99"}};
        for (Object[] r : results) {
            LocalDateTime at = LocalDateTime.of((int) r[1], r[0].equals("haemolysed") ? 6 : 1, 10, 9, 0);
            ids.put((String) r[0], keeping.record(PATIENT, NewEntry.coded(EntryType.PATHOLOGY_RESULT, HAEMOGLOBIN,
                    "Haemoglobin concentration", at, lab).result((String) r[2], "g/L", "130-180")).id());
        }
        review.restrict(ids.get("restricted"), "Safeguarding concern");
        ids.put("potassium", keeping.record(PATIENT, NewEntry.coded(EntryType.PATHOLOGY_RESULT, "59573005",
                "Serum potassium level", LocalDateTime.of(2025, 1, 10, 9, 0), lab).result("4.2", "mmol/L", "3.5-5.3"))
                .id());
        ids.put("problem", keeping.record(PATIENT, NewEntry.coded(EntryType.ACTIVE_PROBLEM, null, "Anaemia",
                LocalDateTime.of(2024, 1, 10, 9, 0), lab)).id());
        ids.put("other", keeping.record(OTHER_PATIENT, NewEntry.coded(EntryType.PATHOLOGY_RESULT, HAEMOGLOBIN,
                "Haemoglobin concentration", LocalDateTime.of(2025, 1, 10, 9, 0), lab).result("101", "g/L", null)).id());
        // back from the laboratory, not yet filed by a clinician
        new RecordImport(unit.get().entityManagerFactory(), TestClock.FIXED, new TikaUploadPolicy(
                UploadLimits.defaults()), access).store(TestServiceAccess.PRACTICE, PATIENT, List.of(new FhirResource(0,
                "Observation", "https://lab|hb-2025-02", false, Map.of("status", "preliminary",
                "code", Map.of("coding", List.of(Map.of("system", FhirEntries.SNOMED, "code", HAEMOGLOBIN,
                        "display", "Haemoglobin concentration"))), "effectiveDateTime", "2025-02-01T09:00:00Z",
                "valueQuantity", Map.of("value", 77, "unit", "g/L")))));
        ids.put("unfiled", unit.get().entityManagerFactory().createEntityManager().createQuery(
                "select e.id from RecordEntry e where e.sourceKey = 'https://lab|hb-2025-02'", Long.class)
                .getSingleResult());
    }

    @BeforeEach
    void asThePatient() {
        access.configure(PATIENT, RecordAccessLevel.FULL, null);
        access.citizenFor(PATIENT, true);
    }

    @Test
    void theTrend_isTheSameTestsResultsTheReaderMaySee_oldestFirst_andIsAudited() {
        ResultTrend trend = viewRecord.trend(ids.get("2025"));

        assertThat(trend.term()).isEqualTo("Haemoglobin concentration");
        assertThat(trend.points()).extracting(ResultTrend.Point::value)
                .containsExactly("120", "135", "haemolysed", "150");
        assertThat(trend.plotted()).extracting(ResultTrend.Point::number).containsExactly(120.0, 135.0, 150.0);
        assertThat(trend.referenceRange()).isEqualTo("130-180");
        assertThat(access.audit.get(access.audit.size() - 1).detail()).contains("trend", "4 items");
        // asked from an older result of the same test, the same trend
        assertThat(viewRecord.trend(ids.get("2023")).points()).hasSize(4);
        assertThat(viewRecord.trend(ids.get("potassium")).points()).extracting(ResultTrend.Point::value)
                .containsExactly("4.2");
    }

    @Test
    void aStartDate_leavesOlderResultsOutOfTheTrend() {
        access.configure(PATIENT, RecordAccessLevel.FULL, LocalDate.of(2024, 1, 1));
        access.citizenFor(PATIENT, true);

        assertThat(viewRecord.trend(ids.get("2025")).points()).extracting(ResultTrend.Point::value)
                .containsExactly("135", "haemolysed", "150");
    }

    @Test
    void anIdTheReaderMayNotSee_isNotFound_alike_andAudited() {
        for (String id : List.of("restricted", "unfiled", "other", "problem")) {
            assertThatThrownBy(() -> viewRecord.trend(ids.get(id))).as(id).isInstanceOfSatisfying(
                    RecordRefused.class, refused -> assertThat(refused.reason()).isEqualTo(RecordRefused.Reason.NOT_FOUND));
            assertThat(access.audit.get(access.audit.size() - 1).action()).isEqualTo("RECORD_TREND_REFUSED");
        }
        assertThatThrownBy(() -> viewRecord.trend(Long.MAX_VALUE)).isInstanceOf(RecordRefused.class);

        access.configure(PATIENT, RecordAccessLevel.DOCUMENTS, null);
        access.citizenFor(PATIENT, true);
        assertThatThrownBy(() -> viewRecord.trend(ids.get("2025"))).isInstanceOf(RecordRefused.class);
    }
}
