package org.citizenservices.prescriptions.internal;

import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;

import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.citizenservices.spi.UnitsOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Prescription ordering through the module's services (the citizen's ordering, the practice's prescribing queue,
 * the nominated pharmacy) on a real Derby database: requesting, the one-outstanding-
 * request rule (also under parallel requests), acute medicines, cancelling, the practice's queue and its statuses,
 * issuing updating the course, and who may do what.
 */
class PrescriptionOrderingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = TestUnit.of(Database::open, database ->
            new ModulePersistence(database).openOnClassPath("prescriptions",
                    List.of(Course.class, PrescriptionRequest.class, RequestLine.class, Pharmacy.class, Nomination.class,
                            RequestProgress.class),
                    "db/migration"));
    static TestServiceAccess access;
    static PrescriptionOrdering ordering;
    static PrescribingQueue prescribing;
    static PharmacyNomination nomination;
    static long nextPatient = 100;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        Clock clock = TestClock.FIXED;
        ordering = new PrescriptionOrdering(unit.get().entityManagerFactory(), access, clock);
        prescribing = new PrescribingQueue(unit.get().entityManagerFactory(), access, clock);
        nomination = new PharmacyNomination(unit.get().entityManagerFactory(), access, clock);
        DemoPrescriptions.seedIfEmpty(unit.get().entityManagerFactory(), nhs -> Optional.empty(), TODAY);
    }

    /** A new patient with two repeats and an acute course; the citizen acts for them. */
    static long[] patientWithCourses() {
        long patient = nextPatient++;
        var em = unit.get().entityManagerFactory().createEntityManager();
        em.getTransaction().begin();
        Course amlodipine = new Course("Y99999", patient, "Amlodipine 5mg tablets", "5mg", "tablet", "One a day",
                "28 tablet", CourseType.REPEAT, 28, TODAY.minusYears(1), TODAY.minusDays(25), "Dr Asha Patel");
        Course atorvastatin = new Course("Y99999", patient, "Atorvastatin 20mg tablets", "20mg", "tablet",
                "One at night", "28 tablet", CourseType.REPEAT, 28, TODAY.minusYears(1), null, "Dr Asha Patel");
        Course amoxicillin = new Course("Y99999", patient, "Amoxicillin 500mg capsules", "500mg", "capsule",
                "One three times a day", "15 capsule", CourseType.ACUTE, 5, TODAY.minusDays(60), TODAY.minusDays(60),
                "Dr Asha Patel");
        em.persist(amlodipine);
        em.persist(atorvastatin);
        em.persist(amoxicillin);
        em.getTransaction().commit();
        em.close();
        access.practiceOf.put(patient, TestServiceAccess.PRACTICE);
        access.citizenFor(patient, false);
        return new long[]{patient, amlodipine.id(), atorvastatin.id(), amoxicillin.id()};
    }

    @Test
    void aRequest_isRequested_andItsCourseCannotBeRequestedAgainWhileOutstanding() {
        long[] p = patientWithCourses();

        RequestView made = ordering.request(List.of(p[1], p[2]), "Running low");

        assertThat(made.status()).isEqualTo(RequestStatus.REQUESTED);
        assertThat(made.lines()).extracting(RequestView.Line::name)
                .containsExactly("Amlodipine 5mg tablets", "Atorvastatin 20mg tablets");
        assertThat(made.requestedBy()).isEqualTo("Jane Demo (mother)");
        assertThat(ordering.courses()).filteredOn(c -> c.courseId() == p[1]).singleElement()
                .satisfies(c -> assertThat(c.canRequest()).isFalse())
                .satisfies(c -> assertThat(c.whyNotCode()).isEqualTo(OrderingRefusal.ALREADY_REQUESTED))
                .satisfies(c -> assertThat(c.whyNot()).isEqualTo("Ordered on "
                        + org.citizenservices.spi.Formats.date(TODAY) + ", still being processed by the practice."))
                .satisfies(c -> assertThat(c.outstandingRequestId()).isEqualTo(made.requestId()));
        assertThatThrownBy(() -> ordering.request(List.of(p[1]), null)).isInstanceOf(PrescriptionRefused.class)
                .extracting(e -> ((PrescriptionRefused) e).reason())
                .isEqualTo(PrescriptionRefused.Reason.ALREADY_REQUESTED);
        assertThat(access.audit).anySatisfy(a -> assertThat(a.action()).isEqualTo("PRESCRIPTION_REQUESTED"));
    }

    @Test
    void parallelRequestsForOneCourse_makeExactlyOneRequest() throws Exception {
        long[] p = patientWithCourses();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<String> attempt = () -> {
                go.await();
                try {
                    ordering.request(List.of(p[1]), null);
                    return "made";
                } catch (PrescriptionRefused refused) {
                    return refused.reason().name();
                }
            };
            results.add(pool.submit(attempt));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn("made"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("made")).containsOnly("ALREADY_REQUESTED");
    }

    @Test
    void anAcute_isRequestableOnlyWhereThePracticeAllowsIt() {
        long[] p = patientWithCourses();
        assertThatThrownBy(() -> ordering.request(List.of(p[3]), null)).isInstanceOf(PrescriptionRefused.class)
                .extracting(e -> ((PrescriptionRefused) e).reason())
                .isEqualTo(PrescriptionRefused.Reason.NOT_REQUESTABLE);
        access.settings.put("prescriptions.acuteOrderable", "true");
        try {
            assertThat(ordering.request(List.of(p[3]), null).status()).isEqualTo(RequestStatus.REQUESTED);
        } finally {
            access.settings.clear();
        }
    }

    @Test
    void anotherPatientsCourse_orNone_isRefused_andNothingIsStored() {
        long[] mine = patientWithCourses();
        long[] theirs = patientWithCourses();
        access.citizenFor(mine[0], true);

        assertThatThrownBy(() -> ordering.request(List.of(mine[1], theirs[1]), null))
                .isInstanceOf(PrescriptionRefused.class);
        assertThatThrownBy(() -> ordering.request(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ordering.requests()).isEmpty();
    }

    @Test
    void anImportedRestrictedMedicine_isNeitherListedNorRequestable_evenByItsId() {
        long patient = nextPatient++;
        access.practiceOf.put(patient, TestServiceAccess.PRACTICE);
        MedicineImport medicines = new MedicineImport(unit.get().entityManagerFactory(), TestClock.FIXED);
        java.util.function.BiFunction<String, Boolean, org.citizenservices.spi.FhirResource> request =
                (key, restricted) -> new org.citizenservices.spi.FhirResource(0, "MedicationRequest", key, restricted,
                        java.util.Map.of("status", "active", "medicationCodeableConcept", java.util.Map.of("text",
                                        key + " 10mg tablets"), "dosageInstruction",
                                List.of(java.util.Map.of("text", "One a day")), "courseOfTherapyType",
                                java.util.Map.of("coding", List.of(java.util.Map.of("code", "continuous")))));
        medicines.store("Y99999", patient, List.of(request.apply("Open", false), request.apply("Secret", true)));
        access.citizenFor(patient, true);

        assertThat(ordering.courses()).extracting(OrderableCourse::name).containsExactly("Open 10mg tablets");
        long secretId = UnitsOfWork.read(unit.get().entityManagerFactory(), em -> em.createQuery(
                "select c.id from Course c where c.sourceKey = 'Secret'", Long.class).getSingleResult());
        assertThatThrownBy(() -> ordering.request(List.of(secretId), null)).isInstanceOf(PrescriptionRefused.class)
                .hasMessageNotContaining("Secret");
        assertThat(ordering.requests()).isEmpty();
    }

    @Test
    void theCitizenCancels_onlyWhileRequested() {
        long[] p = patientWithCourses();
        RequestView first = ordering.request(List.of(p[1]), null);
        ordering.cancel(first.requestId());
        assertThat(ordering.requests()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RequestStatus.CANCELLED));

        RequestView second = ordering.request(List.of(p[1]), null);
        access.staff(Role.STAFF);
        prescribing.forward(second.requestId());
        access.citizenFor(p[0], false);
        assertThatThrownBy(() -> ordering.cancel(second.requestId())).isInstanceOf(PrescriptionRefused.class)
                .extracting(e -> ((PrescriptionRefused) e).reason()).isEqualTo(PrescriptionRefused.Reason.WRONG_STATUS);
    }

    @Test
    void thePractice_forwardsAndIssues_theCourseIsIssuedToday_andCanBeOrderedAgainBeforeItRunsOut() {
        long[] p = patientWithCourses();
        RequestView made = ordering.request(List.of(p[2]), null);
        access.staff(Role.STAFF);
        assertThat(prescribing.queue(java.util.EnumSet.of(RequestStatus.REQUESTED)))
                .extracting(RequestView::requestId).contains(made.requestId());
        prescribing.forward(made.requestId());
        assertThatThrownBy(() -> prescribing.issue(made.requestId())).isInstanceOf(SecurityException.class);
        access.staff(Role.STAFF, Role.CLINICIAN);
        prescribing.issue(made.requestId());
        assertThatThrownBy(() -> prescribing.reject(made.requestId(), "Too late"))
                .isInstanceOf(PrescriptionRefused.class);

        access.citizenFor(p[0], false);
        assertThat(ordering.courses()).filteredOn(c -> c.courseId() == p[2]).singleElement()
                .satisfies(c -> assertThat(c.lastIssued()).isEqualTo(TODAY))
                .satisfies(c -> {
                    // just issued: too early, and the page says from when
                    assertThat(c.canRequest()).isFalse();
                    assertThat(c.whyNotCode()).isEqualTo(OrderingRefusal.TOO_EARLY);
                    assertThat(c.whyNot()).isEqualTo("Too early: you can order this again from "
                            + org.citizenservices.spi.Formats.date(TODAY.plusDays(c.durationDays()
                            - OrderingRules.DEFAULT_DAYS_BEFORE_RUN_OUT)) + ".");
                });
        assertThatThrownBy(() -> ordering.request(List.of(p[2]), null)).isInstanceOf(PrescriptionRefused.class)
                .extracting(e -> ((PrescriptionRefused) e).reason())
                .isEqualTo(PrescriptionRefused.Reason.NOT_REQUESTABLE);
        assertThat(ordering.requests()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RequestStatus.ISSUED));
        assertThat(access.audit).anySatisfy(a -> assertThat(a.action()).isEqualTo("PRESCRIPTION_ISSUED"));
    }

    @Test
    void aRejection_needsAReason_whichThePatientReads() {
        long[] p = patientWithCourses();
        RequestView made = ordering.request(List.of(p[1]), null);
        access.staff(Role.STAFF, Role.CLINICIAN);
        assertThatThrownBy(() -> prescribing.reject(made.requestId(), " "))
                .isInstanceOf(IllegalArgumentException.class);
        prescribing.reject(made.requestId(), "Please book a blood pressure check first.");

        access.citizenFor(p[0], false);
        assertThat(ordering.requests()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RequestStatus.REJECTED);
            assertThat(r.practiceComment()).isEqualTo("Please book a blood pressure check first.");
        });
        assertThat(ordering.courses()).filteredOn(c -> c.courseId() == p[1]).singleElement()
                .satisfies(c -> assertThat(c.canRequest()).isTrue());
    }

    @Test
    void withoutPrescriptionsAvailable_nothingIsListedOrRequested() {
        long[] p = patientWithCourses();
        access.available(false);
        try {
            assertThatThrownBy(ordering::courses).isInstanceOf(ServiceNotAvailableException.class);
            assertThatThrownBy(() -> ordering.request(List.of(p[1]), null))
                    .isInstanceOf(ServiceNotAvailableException.class);
        } finally {
            access.available(true);
        }
    }

    @Test
    void thePharmacyDirectory_isSearched_andOneIsNominated() {
        long[] p = patientWithCourses();
        assertThat(nomination.nominatedPharmacy()).isEmpty();
        List<Pharmacy> found = nomination.searchPharmacies("rv2");
        assertThat(found).isNotEmpty().allSatisfy(ph -> assertThat(ph.odsCode()).startsWith("F"));

        nomination.nominate(found.get(0).odsCode().toLowerCase());

        assertThat(nomination.nominatedPharmacy()).map(Pharmacy::odsCode).hasValue(found.get(0).odsCode());
        assertThatThrownBy(() -> nomination.nominate("FZZ99")).isInstanceOf(PrescriptionRefused.class);
        assertThatThrownBy(() -> nomination.searchPharmacies("a")).isInstanceOf(IllegalArgumentException.class);
        access.staff(Role.STAFF);
        assertThat(nomination.nominatedPharmacyOf(p[0])).map(Pharmacy::odsCode).hasValue(found.get(0).odsCode());
        assertThat(nomination.nominatedPharmacies(List.of(p[0], 999L))).containsOnlyKeys(p[0]);
    }
}
