package org.citizenservices.record.internal;

import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filing a result tells the patient, on a real Derby database: once per filing, only when their configured access
 * would show it, and never what it is. The notice itself (who is told, the outbox, the audit) is the core's, tested
 * there; here, when the record asks for one.
 */
class ResultNoticesTest {

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = RecordDatabase.unit();
    private static long nextPatient = 700;
    private TestServiceAccess access;
    private RecordImport imports;
    private long patient;

    @BeforeEach
    void open() {
        access = new TestServiceAccess();
        imports = new RecordImport(unit.get().entityManagerFactory(), TestClock.FIXED,
                new TikaUploadPolicy(UploadLimits.defaults()), access);
        patient = nextPatient++;
        access.configure(patient, RecordAccessLevel.FULL, null);
    }

    @Test
    void anImportThatFilesResults_tellsThePatientOnce_withNoClinicalDetail() {
        imports.store(TestServiceAccess.PRACTICE, patient, List.of(result("hb", "final", "Haemoglobin", 101),
                result("k", "final", "Serum potassium", 4)));

        assertThat(access.patientNotices).containsExactly(new TestServiceAccess.PatientNotice(patient,
                CitizenService.RECORD, ResultNotices.NOTICE));
        assertThat(ResultNotices.NOTICE).doesNotContain("Haemoglobin", "101", "potassium");
        // the same results again file nothing new, so tell nobody again
        imports.store(TestServiceAccess.PRACTICE, patient, List.of(result("hb", "final", "Haemoglobin", 101)));
        assertThat(access.patientNotices).hasSize(1);
    }

    @Test
    void aResultNotYetFiled_tellsNobody_untilItsFinalVersionFilesIt() {
        imports.store(TestServiceAccess.PRACTICE, patient, List.of(result("hb", "preliminary", "Haemoglobin", 101)));
        assertThat(access.patientNotices).isEmpty();

        imports.store(TestServiceAccess.PRACTICE, patient, List.of(result("hb", "final", "Haemoglobin", 101)));
        assertThat(access.patientNotices).hasSize(1);
    }

    @Test
    void nothingTheyWouldSee_tellsNobody_belowFull_beforeTheStartDate_restricted_orUnknown() {
        access.configure(patient, RecordAccessLevel.DOCUMENTS, null);
        imports.store(TestServiceAccess.PRACTICE, patient, List.of(result("a", "final", "Haemoglobin", 101)));
        // a result dated before the start date and not reviewed (recorded here, not imported) is not shown
        access.configure(patient, RecordAccessLevel.FULL, LocalDate.of(2026, 11, 1));
        access.staff(Role.CLINICIAN);
        keeping().record(patient, ferritin(LocalDateTime.of(2026, 10, 2, 9, 0)));
        access.configure(patient, RecordAccessLevel.FULL, null);
        imports.store(TestServiceAccess.PRACTICE, patient, List.of(new FhirResource(0, "Observation", "https://lab|c",
                true, Map.of("status", "final", "code", Map.of("text", "HIV test"), "effectiveDateTime",
                "2026-10-01T09:30:00Z", "valueString", "negative"))));
        imports.store(TestServiceAccess.PRACTICE, 99_999L, List.of(result("d", "final", "Haemoglobin", 103)));

        assertThat(access.patientNotices).isEmpty();
    }

    @Test
    void aClinicianFilingOrRecordingAResult_tellsThePatient_andFilingAgainTellsNobody() {
        imports.store(TestServiceAccess.PRACTICE, patient, List.of(result("hb", "preliminary", "Haemoglobin", 101)));
        long id = unit.get().entityManagerFactory().createEntityManager()
                .createQuery("select e.id from RecordEntry e where e.patientId = :p", Long.class)
                .setParameter("p", patient).getSingleResult();
        access.staff(Role.CLINICIAN);
        RecordReview review = new RecordReview(unit.get().entityManagerFactory(), access, TestClock.FIXED);

        review.fileResult(id);
        review.fileResult(id);
        assertThat(access.patientNotices).hasSize(1);

        keeping().record(patient, ferritin(LocalDateTime.of(2026, 10, 2, 9, 0)));
        assertThat(access.patientNotices).hasSize(2);
    }

    private RecordKeeping keeping() {
        return new RecordKeeping(unit.get().entityManagerFactory(), access, TestClock.FIXED,
                new TikaUploadPolicy(UploadLimits.defaults()));
    }

    private static NewEntry ferritin(LocalDateTime at) {
        return NewEntry.coded(EntryType.PATHOLOGY_RESULT, null, "Serum ferritin", at,
                new Source("GP practice Y99999", "Citizen Services", "Dr Asha Patel", "GP")).result("30", "ug/L",
                "15-300");
    }

    private static FhirResource result(String key, String status, String term, int value) {
        return new FhirResource(0, "Observation", "https://lab|" + key, false, Map.of("status", status,
                "code", Map.of("text", term), "effectiveDateTime", "2026-10-01T09:30:00Z",
                "valueQuantity", Map.of("value", value, "unit", "g/L")));
    }
}
