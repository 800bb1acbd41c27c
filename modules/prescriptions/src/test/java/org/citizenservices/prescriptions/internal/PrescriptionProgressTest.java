package org.citizenservices.prescriptions.internal;

import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.UnitsOfWork;
import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenservices.prescriptions.internal.RequestStatus.COLLECTED;
import static org.citizenservices.prescriptions.internal.RequestStatus.DISPATCHED;
import static org.citizenservices.prescriptions.internal.RequestStatus.FORWARDED_FOR_SIGNING;
import static org.citizenservices.prescriptions.internal.RequestStatus.ISSUED;
import static org.citizenservices.prescriptions.internal.RequestStatus.READY_TO_COLLECT;
import static org.citizenservices.prescriptions.internal.RequestStatus.REQUESTED;

/**
 * A request's progress to the patient's medicine on a real Derby database, moved by the practice's queue and by the
 * practice's clinical system (a Prescription Status Update Task): each step kept with its day and pharmacy, the
 * patient told, and no illegal move through either way — a refused one changes nothing.
 */
class PrescriptionProgressTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final String KEY_SYSTEM = "https://gp.example/medication";

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = TestUnit.of(Database::open, database ->
            new ModulePersistence(database).openOnClassPath("prescriptions", List.of(Course.class,
                    PrescriptionRequest.class, RequestLine.class, Pharmacy.class, Nomination.class,
                    RequestProgress.class), "db/migration"));
    static TestServiceAccess access;
    static PrescriptionOrdering ordering;
    static PrescribingQueue prescribing;
    static PharmacyNomination nomination;
    static PharmacyProgressImport pharmacyProgress;
    static long nextPatient = 500;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        var factory = unit.get().entityManagerFactory();
        ordering = new PrescriptionOrdering(factory, access, TestClock.FIXED);
        prescribing = new PrescribingQueue(factory, access, TestClock.FIXED);
        nomination = new PharmacyNomination(factory, access, TestClock.FIXED);
        pharmacyProgress = new PharmacyProgressImport(factory, access, TestClock.FIXED);
        DemoPrescriptions.seedIfEmpty(factory, nhs -> Optional.empty(), TODAY);
    }

    /** A patient with an imported repeat (never issued, so orderable), nominating FRV01; returns patient, course. */
    static long[] patientWithImportedRepeat(String key) {
        long patient = nextPatient++;
        Course course = UnitsOfWork.write(unit.get().entityManagerFactory(), em -> {
            Course imported = Course.imported(TestServiceAccess.PRACTICE, patient, KEY_SYSTEM + "|" + key,
                    Course.read("Ramipril 5mg capsules", "One a day", "28 capsule", CourseType.REPEAT, 28,
                            TODAY.minusYears(1), true, false, "Dr Asha Patel", null));
            em.persist(imported);
            return imported;
        });
        access.practiceOf.put(patient, TestServiceAccess.PRACTICE);
        access.citizenFor(patient, true);
        nomination.nominate("FRV01");
        return new long[]{patient, course.id()};
    }

    /** Requested by the patient, forwarded and issued by the practice. */
    static long approved(long[] p) {
        access.citizenFor(p[0], true);
        long id = ordering.request(List.of(p[1]), null).requestId();
        access.staff(Role.STAFF, Role.CLINICIAN);
        prescribing.forward(id);
        prescribing.issue(id);
        return id;
    }

    static RequestView seenByPatient(long patient, long requestId) {
        access.citizenFor(patient, true);
        return ordering.requests().stream().filter(r -> r.requestId() == requestId).findFirst().orElseThrow();
    }

    @Test
    void thePractice_movesItToReadyToCollect_thenCollected_andThePatientSeesEachStepWithItsDayAndPharmacy() {
        long[] p = patientWithImportedRepeat("q-1");
        long id = approved(p);
        access.patientNotices.clear();

        prescribing.pharmacyProgress(id, READY_TO_COLLECT);
        prescribing.pharmacyProgress(id, COLLECTED);

        RequestView seen = seenByPatient(p[0], id);
        assertThat(seen.status()).isEqualTo(COLLECTED);
        assertThat(seen.progress()).extracting(RequestView.Step::status)
                .containsExactly(REQUESTED, FORWARDED_FOR_SIGNING, ISSUED, READY_TO_COLLECT, COLLECTED);
        assertThat(seen.reached(READY_TO_COLLECT)).hasValueSatisfying(step -> {
            assertThat(step.pharmacy()).startsWith("Riverton Pharmacy");
            assertThat(step.at()).isEqualTo(LocalDateTime.now(TestClock.FIXED));
        });
        assertThat(seen.reached(ISSUED).orElseThrow().pharmacy()).isNull();
        // told it is ready, and where; not told of collecting it themselves
        assertThat(access.patientNotices).singleElement().satisfies(n -> {
            assertThat(n.patientId()).isEqualTo(p[0]);
            assertThat(n.text()).startsWith("A prescription is ready to collect from Riverton Pharmacy");
            assertThat(n.text()).doesNotContain("Ramipril");
        });
        assertThat(access.audit).anySatisfy(a -> assertThat(a.action()).isEqualTo("PRESCRIPTION_READY_TO_COLLECT"));
    }

    @Test
    void approvalAndRejection_areToldToThePatient_withoutNamingTheMedicine() {
        long[] p = patientWithImportedRepeat("q-2");
        access.patientNotices.clear();
        approved(p);
        assertThat(access.patientNotices).extracting(TestServiceAccess.PatientNotice::text)
                .containsExactly(ISSUED.notice());
    }

    @Test
    void thePractice_cannotSkipApproval_orChangeWhatIsFinished_andARefusalChangesNothing() {
        long[] p = patientWithImportedRepeat("q-3");
        access.citizenFor(p[0], true);
        long id = ordering.request(List.of(p[1]), null).requestId();
        access.staff(Role.STAFF);
        assertThatThrownBy(() -> prescribing.pharmacyProgress(id, READY_TO_COLLECT))
                .isInstanceOf(PrescriptionRefused.class).hasMessageContaining("requested");
        assertThatThrownBy(() -> prescribing.pharmacyProgress(id, ISSUED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(seenByPatient(p[0], id).progress()).extracting(RequestView.Step::status).containsExactly(REQUESTED);

        long issued = approved(patientWithImportedRepeat("q-4"));
        access.staff(Role.STAFF);
        prescribing.pharmacyProgress(issued, DISPATCHED);
        assertThatThrownBy(() -> prescribing.pharmacyProgress(issued, COLLECTED))
                .isInstanceOf(PrescriptionRefused.class).hasMessageContaining("dispatched");
        access.citizenFor(p[0], true);
        assertThatThrownBy(() -> prescribing.pharmacyProgress(issued, COLLECTED))
                .isInstanceOf(SecurityException.class);
    }

    @Test
    void theClinicalSystem_sendsThePharmacysTask_readyToCollectThenCollected_oncePerStep() {
        long[] p = patientWithImportedRepeat("t-1");
        long id = approved(p);
        access.patientNotices.clear();

        assertThat(store(p[0], task("t-1", "Ready to Collect", "Boots, 4 Kirkgate"))).singleElement()
                .extracting(ImportOutcome::kind).isEqualTo(ImportOutcome.Kind.UPDATED);
        assertThat(store(p[0], task("t-1", "Ready to Collect", "Boots, 4 Kirkgate"))).singleElement()
                .extracting(ImportOutcome::kind).isEqualTo(ImportOutcome.Kind.UNCHANGED);
        assertThat(store(p[0], task("t-1", "With Pharmacy", null))).singleElement()
                .extracting(ImportOutcome::kind).isEqualTo(ImportOutcome.Kind.UNCHANGED);
        assertThat(store(p[0], task("t-1", "Collected", null))).singleElement()
                .extracting(ImportOutcome::kind).isEqualTo(ImportOutcome.Kind.UPDATED);

        RequestView seen = seenByPatient(p[0], id);
        assertThat(seen.progress()).extracting(RequestView.Step::status)
                .containsExactly(REQUESTED, FORWARDED_FOR_SIGNING, ISSUED, READY_TO_COLLECT, COLLECTED);
        assertThat(seen.reached(READY_TO_COLLECT).orElseThrow().pharmacy()).isEqualTo("Boots, 4 Kirkgate");
        assertThat(access.patientNotices).extracting(TestServiceAccess.PatientNotice::text)
                .containsExactly("A prescription is ready to collect from Boots, 4 Kirkgate.");
    }

    @Test
    void theClinicalSystem_cannotMoveWhatIsNotApproved_orBackwards_norSendWhatWeCannotRead() {
        long[] p = patientWithImportedRepeat("t-2");
        access.citizenFor(p[0], true);
        long requested = ordering.request(List.of(p[1]), null).requestId();
        access.patientNotices.clear();

        assertThat(store(p[0], task("t-2", "Ready to Collect", null))).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(ImportOutcome.Kind.REJECTED);
            assertThat(o.reason()).contains("No approved request for Ramipril");
        });
        assertThat(seenByPatient(p[0], requested).status()).isEqualTo(REQUESTED);

        long[] q = patientWithImportedRepeat("t-3");
        long issued = approved(q);
        assertThat(store(q[0], task("t-3", "Dispatched", null))).extracting(ImportOutcome::kind)
                .containsExactly(ImportOutcome.Kind.UPDATED);
        assertThat(store(q[0], task("t-3", "Ready to Collect", null))).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(ImportOutcome.Kind.REJECTED);
            assertThat(o.reason()).contains("dispatched and cannot be changed");
        });
        assertThat(store(q[0], task("t-3", "Lost in the post", null))).singleElement()
                .satisfies(o -> assertThat(o.reason()).contains("is not one of"));
        assertThat(store(q[0], task("t-unknown", "Collected", null))).singleElement()
                .satisfies(o -> assertThat(o.reason()).contains("No medicine of this patient"));
        assertThat(store(q[0], new FhirResource(0, "Task", "Task/x", false, Map.of("status", "completed"))))
                .singleElement().satisfies(o -> assertThat(o.reason()).contains("businessStatus"));
        RequestView seen = seenByPatient(q[0], issued);
        assertThat(seen.status()).isEqualTo(DISPATCHED);
        assertThat(seen.progress()).extracting(RequestView.Step::status).endsWith(ISSUED, DISPATCHED);
        // the nominated pharmacy, as the Task named none
        assertThat(seen.reached(DISPATCHED).orElseThrow().pharmacy()).startsWith("Riverton Pharmacy");
        assertThat(access.patientNotices).extracting(TestServiceAccess.PatientNotice::text)
                .containsExactly(ISSUED.notice(), DISPATCHED.notice());
    }

    private static List<ImportOutcome> store(long patient, FhirResource task) {
        return pharmacyProgress.store(TestServiceAccess.PRACTICE, patient, List.of(task));
    }

    /** A Task as NHS England's Prescription Status Update shapes it. */
    static FhirResource task(String courseKey, String businessStatus, String pharmacy) {
        Map<String, Object> json = new java.util.LinkedHashMap<>(Map.of(
                "resourceType", "Task", "status", "in-progress", "intent", "order",
                "businessStatus", Map.of("coding", List.of(Map.of("system", PharmacyProgressImport.BUSINESS_STATUS,
                        "code", businessStatus))),
                "focus", Map.of("identifier", Map.of("system", KEY_SYSTEM, "value", courseKey)),
                "for", Map.of("reference", "Patient/p1"),
                "lastModified", "2026-11-26T10:00:00+00:00"));
        if (pharmacy != null) {
            json.put("owner", Map.of("display", pharmacy));
        }
        return new FhirResource(0, "Task", "Task/" + courseKey + businessStatus.hashCode(), false, json);
    }
}
