package org.citizenservices.record.internal;

import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coded entries imported again, on a real Derby database: one the clinical system later marks entered-in-error leaves
 * online view (and is never created when it arrives so); an identifier already used by another kind of resource is
 * refused and the entry it names is left as it was; a result shows only once filed, by its Observation's status or by
 * a clinician here.
 */
class ImportedEntriesTest {

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = RecordDatabase.unit();
    static TestServiceAccess access;
    static RecordImport imports;
    static ViewRecord viewRecord;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        imports = new RecordImport(unit.get().entityManagerFactory(), TestClock.FIXED,
                new TikaUploadPolicy(UploadLimits.defaults()), access);
        viewRecord = new ViewRecord(unit.get().entityManagerFactory(), access);
    }

    @Test
    void givenAResultLaterEnteredInError_thenItLeavesOnlineView_andOneNeverImportedIsNotStored() {
        assertThat(store(21, result("final"), allergy("confirmed")))
                .containsExactly(ImportOutcome.Kind.CREATED, ImportOutcome.Kind.CREATED);
        access.configure(21, RecordAccessLevel.FULL, null);
        access.citizenFor(21, true);
        assertThat(terms()).contains("HbA1c", "Allergy to penicillin");

        assertThat(store(21, result("entered-in-error"), allergy("entered-in-error")))
                .containsExactly(ImportOutcome.Kind.UPDATED, ImportOutcome.Kind.UPDATED);
        assertThat(terms()).doesNotContain("HbA1c", "Allergy to penicillin");
        assertThat(store(21, result("entered-in-error"))).containsExactly(ImportOutcome.Kind.UNCHANGED);

        FhirResource never = new FhirResource(0, "Observation", "https://lab|never", false, Map.of("status",
                "entered-in-error", "code", Map.of("text", "Ferritin"), "effectiveDateTime", "2026-10-01T09:30:00Z"));
        assertThat(store(22, never)).containsExactly(ImportOutcome.Kind.REJECTED);
    }

    @Test
    void givenAnIdentifierUsedByAResult_whenAProblemArrivesWithIt_thenRefused_andTheResultLeftAsItWas() {
        assertThat(store(23, result("final"))).containsExactly(ImportOutcome.Kind.CREATED);
        FhirResource problem = new FhirResource(0, "Condition", "https://lab|hba1c", false, Map.of(
                "code", Map.of("text", "Diabetes"), "onsetDateTime", "2026-10-02"));

        List<ImportOutcome> outcomes = imports.store(TestServiceAccess.PRACTICE, 23L, List.of(problem));
        assertThat(outcomes).extracting(ImportOutcome::kind).containsExactly(ImportOutcome.Kind.REJECTED);
        assertThat(outcomes.get(0).reason()).contains("another kind of resource");
        access.configure(23, RecordAccessLevel.FULL, null);
        access.citizenFor(23, true);
        assertThat(terms()).contains("HbA1c").doesNotContain("Diabetes");
    }

    @Test
    void givenAResultNotYetFiled_thenItIsStoredButNeverShown_untilItsFinalVersionArrives() {
        access.configure(31, RecordAccessLevel.FULL, null);
        access.citizenFor(31, true);
        assertThat(store(31, result("registered"))).containsExactly(ImportOutcome.Kind.CREATED);
        assertThat(terms()).doesNotContain("HbA1c");
        assertThat(store(31, result("preliminary"))).containsExactly(ImportOutcome.Kind.UNCHANGED);
        assertThat(terms()).doesNotContain("HbA1c");

        assertThat(store(31, result("final"))).containsExactly(ImportOutcome.Kind.UPDATED);
        assertThat(terms()).contains("HbA1c");
        // the same version again, even marked preliminary, does not take back what was filed
        assertThat(store(31, result("preliminary"))).containsExactly(ImportOutcome.Kind.UNCHANGED);
        assertThat(terms()).contains("HbA1c");
        // a changed value nobody has filed yet is hidden again until it is
        assertThat(store(31, result("preliminary", 52))).containsExactly(ImportOutcome.Kind.UPDATED);
        assertThat(terms()).doesNotContain("HbA1c");
        assertThat(store(31, result("amended", 52))).containsExactly(ImportOutcome.Kind.UPDATED);
        assertThat(terms()).contains("HbA1c");
    }

    @Test
    void givenAResultWhoseStatusSaysNothingOfFiling_thenItIsRefusedWithTheStatusesThatDo_andNothingIsStored() {
        for (String status : List.of("cancelled", "unknown", "")) {
            List<ImportOutcome> outcomes = imports.store(TestServiceAccess.PRACTICE, 32L, List.of(result(status)));
            assertThat(outcomes).extracting(ImportOutcome::kind).containsExactly(ImportOutcome.Kind.REJECTED);
            assertThat(outcomes.get(0).reason()).contains("final, amended or corrected")
                    .contains("registered or preliminary");
        }
        assertThat(unit.get().entityManagerFactory().createEntityManager()
                .createQuery("select count(e) from RecordEntry e where e.patientId = 32", Long.class)
                .getSingleResult()).isZero();
    }

    @Test
    void givenAResultBackFromTheLaboratory_whenAClinicianFilesItHere_thenItShows_andTheFilingIsAudited() {
        assertThat(store(33, result("preliminary"))).containsExactly(ImportOutcome.Kind.CREATED);
        access.configure(33, RecordAccessLevel.FULL, null);
        access.citizenFor(33, true);
        assertThat(terms()).doesNotContain("HbA1c");
        long id = unit.get().entityManagerFactory().createEntityManager()
                .createQuery("select e.id from RecordEntry e where e.patientId = 33", Long.class).getSingleResult();
        RecordReview review = new RecordReview(unit.get().entityManagerFactory(), access, TestClock.FIXED);

        access.staff(org.citizenservices.spi.Role.CLINICIAN);
        review.fileResult(id);

        access.citizenFor(33, true);
        assertThat(terms()).contains("HbA1c");
        assertThat(access.audit).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("RECORD_RESULT_FILED");
            assertThat(a.patientId()).isEqualTo(33L);
        });
        // filing it again changes nothing and records nothing; only a result is filed
        long filings = access.audit.stream().filter(a -> a.action().equals("RECORD_RESULT_FILED")).count();
        access.staff(org.citizenservices.spi.Role.CLINICIAN);
        review.fileResult(id);
        assertThat(access.audit.stream().filter(a -> a.action().equals("RECORD_RESULT_FILED")).count())
                .isEqualTo(filings);
        imports.store(TestServiceAccess.PRACTICE, 33L, List.of(allergy("confirmed")));
        long allergy = unit.get().entityManagerFactory().createEntityManager().createQuery("select e.id from "
                + "RecordEntry e where e.patientId = 33 and e.section = org.citizenservices.record.internal"
                + ".RecordSection.ALLERGIES", Long.class).getSingleResult();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> review.fileResult(allergy))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Only a test result");
        access.citizenFor(33, true);
        // the clinical system sending the same preliminary version again leaves the clinician's filing as it is
        assertThat(store(33, result("preliminary"))).containsExactly(ImportOutcome.Kind.UNCHANGED);
        assertThat(terms()).contains("HbA1c");
    }

    private static FhirResource result(String status) {
        return result(status, 48);
    }

    private static FhirResource result(String status, int value) {
        return new FhirResource(0, "Observation", "https://lab|hba1c", false, Map.of("status", status,
                "code", Map.of("text", "HbA1c"), "effectiveDateTime", "2026-10-01T09:30:00Z",
                "valueQuantity", Map.of("value", value, "unit", "mmol/mol")));
    }

    private static FhirResource allergy(String verification) {
        return new FhirResource(1, "AllergyIntolerance", "https://gp|penicillin", false, Map.of("type", "allergy",
                "verificationStatus", Map.of("coding", List.of(Map.of("code", verification))),
                "code", Map.of("text", "Allergy to penicillin"), "recordedDate", "2010-02-03"));
    }

    private static List<String> terms() {
        return viewRecord.page(null, RecordSort.DATE, 0, 50).items().stream().map(RecordItem::term).toList();
    }

    private static List<ImportOutcome.Kind> store(long patient, FhirResource... resources) {
        return imports.store(TestServiceAccess.PRACTICE, patient, List.of(resources)).stream()
                .map(ImportOutcome::kind).toList();
    }
}
