package org.citizenservices.record.internal;

import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.record.internal.AccessRequest.Status;
import org.citizenservices.record.internal.AccessRequest.Wants;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Asking for more access, on a real Derby database: a patient or proxy asks with a reason, one request at a time;
 * a clinician of the practice approves (the level is set through the access rule) or declines with a reason the
 * patient reads; each step audited, the answer sent as a notice; nobody else answers, and nothing half-done stays.
 */
class AccessRequestsTest {

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = RecordDatabase.unit();
    private TestServiceAccess access;
    private AccessRequests requests;
    private long patient;
    private static long nextPatient = 5_000;

    @BeforeEach
    void open() {
        access = new TestServiceAccess();
        requests = new AccessRequests(unit.get().entityManagerFactory(), access, TestClock.FIXED);
        patient = nextPatient++;
        access.configure(patient, RecordAccessLevel.SUMMARY, LocalDate.of(2024, 1, 1));
        access.citizenFor(patient, false);
    }

    @Test
    void aProxyAsksForMoreDetail_aClinicianApproves_andTheLevelIsSetAndThePatientTold() {
        AccessRequest asked = requests.ask(Wants.MORE_DETAIL, RecordAccessLevel.DETAILED_CODED,
                "To manage my son's asthma with his school.");
        assertThat(asked.asProxy()).isTrue();
        assertThat(requests.mine()).extracting(AccessRequest::status).containsExactly(Status.WAITING);

        access.staff(Role.CLINICIAN);
        assertThat(requests.queue()).extracting(AccessRequest::id).contains(asked.id());
        requests.approve(asked.id(), RecordAccessLevel.DETAILED_CODED, null, "Approved after a chat with mum.");

        assertThat(access.configured.get(patient)).extracting(RecordAccess::level, RecordAccess::from)
                .containsExactly(RecordAccessLevel.DETAILED_CODED, null);
        assertThat(access.patientNotices).singleElement().satisfies(notice -> {
            assertThat(notice.service()).isEqualTo(CitizenService.RECORD);
            assertThat(notice.text()).doesNotContain("asthma");
        });
        assertThat(requests.queue()).extracting(AccessRequest::id).doesNotContain(asked.id());
        access.citizenFor(patient, false);
        assertThat(requests.mine()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.APPROVED);
            assertThat(r.levelGranted()).isEqualTo(RecordAccessLevel.DETAILED_CODED);
            assertThat(r.answeredBy()).isEqualTo("Dr Asha Patel");
        });
        assertThat(access.audit).extracting(TestServiceAccess.Audited::action)
                .contains("RECORD_ACCESS_REQUESTED", "RECORD_ACCESS_REQUEST_APPROVED");
    }

    @Test
    void thePatientSeesEveryRequestAboutThem_aProxyOnlyTheirOwn() {
        access.citizenFor(patient, true);
        requests.ask(Wants.MORE_DETAIL, RecordAccessLevel.FULL, "I would like to see my own test results.");
        access.staff(Role.CLINICIAN);
        AccessRequest first = requests.queue().stream().filter(r -> r.patientId() == patient).findFirst()
                .orElseThrow();
        requests.decline(first.id(), "Please book a chat with Dr Patel first.");
        access.citizenAs("ACC-FATHER", patient, false);
        requests.ask(Wants.MORE_DETAIL, RecordAccessLevel.DETAILED_CODED, "For his school's asthma plan.");

        assertThat(requests.mine()).extracting(AccessRequest::reason).containsExactly("For his school's asthma plan.");
        access.citizenFor(patient, true);
        assertThat(requests.mine()).extracting(AccessRequest::reason).containsExactly(
                "For his school's asthma plan.", "I would like to see my own test results.");
    }

    @Test
    void aDeclineCarriesItsReason_andADeclinedOrAnsweredRequestCannotBeAnsweredAgain() {
        AccessRequest asked = requests.ask(Wants.OLDER_ENTRIES, null, "I want my childhood vaccinations.");
        access.staff(Role.CLINICIAN);
        requests.decline(asked.id(), "Please come in so we can go through it together.");

        assertThatThrownBy(() -> requests.approve(asked.id(), RecordAccessLevel.FULL, null, null))
                .isInstanceOf(RecordRefused.class);
        assertThat(access.configured.get(patient).level()).isEqualTo(RecordAccessLevel.SUMMARY);
        access.citizenFor(patient, false);
        assertThat(requests.mine()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.DECLINED);
            assertThat(r.answer()).isEqualTo("Please come in so we can go through it together.");
        });
    }

    @Test
    void aRequestNeedsAReasonAndSomethingNotYetGranted_andOnlyOneWaitsAtATime() {
        assertThatThrownBy(() -> requests.ask(Wants.MORE_DETAIL, RecordAccessLevel.DETAILED_CODED, " "))
                .hasMessage("Your reason is required.");
        assertThatThrownBy(() -> requests.ask(Wants.MORE_DETAIL, RecordAccessLevel.SUMMARY, "More please"))
                .hasMessage("Choose a level above the one you have now.");
        assertThatThrownBy(() -> requests.ask(null, null, "More please"))
                .hasMessage("Choose what you would like to see.");
        requests.ask(Wants.OLDER_ENTRIES, null, "Older entries please");
        assertThatThrownBy(() -> requests.ask(Wants.MORE_DETAIL, RecordAccessLevel.FULL, "And more detail"))
                .hasMessage("A request is already waiting for the practice to answer.");
        assertThat(requests.mine()).hasSize(1);

        long wholeRecord = nextPatient++;
        access.configure(wholeRecord, RecordAccessLevel.FULL, null);
        access.citizenFor(wholeRecord, true);
        assertThatThrownBy(() -> requests.ask(Wants.OLDER_ENTRIES, null, "Everything"))
                .hasMessageContaining("You can already see all of your record");
    }

    @Test
    void onlyAClinicianOfThePractice_answers_andACoreRefusalLeavesTheRequestWaiting() {
        AccessRequest asked = requests.ask(Wants.MORE_DETAIL, RecordAccessLevel.FULL, "Results please");
        access.staff(Role.RECEPTIONIST);
        assertThatThrownBy(() -> requests.approve(asked.id(), RecordAccessLevel.FULL, null, null))
                .isInstanceOf(SecurityException.class);
        access.staffAt("A12345", Role.CLINICIAN);
        assertThatThrownBy(() -> requests.decline(asked.id(), "No"))
                .isInstanceOf(RecordRefused.class);
        assertThat(requests.queue()).extracting(AccessRequest::id).doesNotContain(asked.id());

        access.staff(Role.CLINICIAN);
        access.practiceOf.put(patient, "A12345");
        // the access rule refuses (the patient has moved practice meanwhile): nothing given, the request waits on
        assertThatThrownBy(() -> requests.approve(asked.id(), RecordAccessLevel.FULL, null, null))
                .isInstanceOf(SecurityException.class);
        assertThat(requests.queue()).extracting(AccessRequest::id).contains(asked.id());
        assertThat(access.configured.get(patient).level()).isEqualTo(RecordAccessLevel.SUMMARY);
    }
}
