package org.citizenservices.consultations.internal;

import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The citizen's side on a real Derby database: the red-flag screen, the opening hours, and what is stored. */
class OnlineConsultationsTest {

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = ConsultationsFixture.unit();
    static final TestServiceAccess ACCESS = new TestServiceAccess();
    private ConsultationsFixture f;

    @BeforeEach
    void fixture() {
        f = new ConsultationsFixture(unit.get(), ACCESS, OptionalModules.NONE);
    }

    @Test
    void theForm_offersTheAdminTypesAndEveryRedFlagQuestion_whileOpen() {
        f.access.newPatient(true);
        ConsultationForm form = f.consultations.form();

        assertThat(form.open()).isTrue();
        assertThat(form.opensAt()).isNull();
        assertThat(form.adminTypes()).extracting(AdminTypeOption::id)
                .containsExactly("FIT_NOTE", "LETTER", "TEST_RESULT", "REPEAT_MEDICATION", "OTHER");
        assertThat(form.redFlagQuestions()).hasSize(5);
        assertThat(form.redFlagScreenVersion()).isEqualTo("2026.12-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chest-pain", "breathing", "stroke", "bleeding", "self-harm"})
    void anyYes_stopsTheRequestWithTheUrgentCareAdvice_andStoresNothing(String question) {
        f.access.newPatient(true);
        Map<String, Boolean> answers = f.allNo();
        answers.put(question, true);

        assertThatThrownBy(() -> f.consultations.submit(new NewConsultation(ConsultationKind.MEDICAL, null,
                "Crushing pain in my chest", null, null, null, answers)))
                .isInstanceOf(UrgentCareAdvised.class)
                .hasMessageContaining("999").hasMessageContaining("111")
                .satisfies(e -> assertThat(((UrgentCareAdvised) e).status()).isEqualTo(422));
        assertThat(f.consultations.mine()).isEmpty();
        assertThat(f.access.audit).filteredOn(a -> a.action().equals("ONLINE_CONSULTATION_URGENT_ADVICE"))
                .singleElement().satisfies(a -> assertThat(a.detail()).doesNotContain("chest").contains("2026.12-1"));
    }

    @Test
    void aYes_isAdvisedEvenWhenClosed_andTheClosingComesOnlyAfterTheScreen() {
        f.access.newPatient(true);
        f.clock.set("2026-12-05T11:00");
        Map<String, Boolean> answers = f.allNo();
        answers.put("stroke", true);

        assertThatThrownBy(() -> f.consultations.submit(new NewConsultation(ConsultationKind.MEDICAL, null, "x",
                null, null, null, answers))).isInstanceOf(UrgentCareAdvised.class);
        assertThatThrownBy(() -> f.consultations.submit(f.fitNote()))
                .isInstanceOf(ServiceClosed.class)
                .hasMessageContaining("Opens Monday 7 December")
                .satisfies(e -> assertThat(((ServiceClosed) e).status()).isEqualTo(409));
        assertThat(f.consultations.form().opensAt()).hasToString("2026-12-07T08:00");
    }

    @Test
    void everyQuestionMustBeAnswered_andOnlyTheFormsQuestions() {
        f.access.newPatient(true);
        Map<String, Boolean> oneMissing = f.allNo();
        oneMissing.remove("bleeding");
        Map<String, Boolean> oneUnknown = f.allNo();
        oneUnknown.put("headache", false);

        assertThatThrownBy(() -> f.consultations.submit(withAnswers(oneMissing)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 is not answered");
        assertThatThrownBy(() -> f.consultations.submit(withAnswers(new HashMap<>())))
                .hasMessageContaining("5 are not answered");
        assertThatThrownBy(() -> f.consultations.submit(withAnswers(null)))
                .hasMessageContaining("5 are not answered");
        assertThatThrownBy(() -> f.consultations.submit(withAnswers(oneUnknown)))
                .hasMessageContaining("headache");
        assertThat(f.consultations.mine()).isEmpty();
    }

    private NewConsultation withAnswers(Map<String, Boolean> answers) {
        return new NewConsultation(ConsultationKind.ADMIN, "LETTER", "A letter for my landlord", null, null, null,
                answers);
    }

    @Test
    void aRequestSent_isReceivedWithItsDueTime_andThePatientsOwn() {
        f.access.newPatient(true);
        ConsultationSummary sent = f.consultations.submit(f.fitNote());

        assertThat(sent.status()).isEqualTo(ConsultationStatus.RECEIVED);
        assertThat(sent.title()).isEqualTo("Fit note (sick note)");
        assertThat(sent.sentBy()).isEqualTo("Jane Demo");
        assertThat(f.consultations.mine()).extracting(ConsultationSummary::id).containsExactly(sent.id());
        assertThat(f.access.audit).extracting(TestServiceAccess.Audited::detail)
                .noneMatch(d -> d.contains("fit note for last week"));

        f.access.newPatient(true);
        assertThat(f.consultations.mine()).isEmpty();
    }

    @Test
    void aProxyAsksForAChild_andTheRequestSaysWhoSentIt() {
        f.access.newPatient(false);
        ConsultationSummary sent = f.consultations.submit(f.medical("A rash on his arms since Tuesday"));

        assertThat(sent.sentBy()).isEqualTo("Jane Demo (mother)");
        assertThat(sent.kind()).isEqualTo(ConsultationKind.MEDICAL);
        assertThat(sent.since()).isEqualTo("Three weeks");
    }

    @Test
    void badContent_isRefusedWithAMessage_andNothingIsStored() {
        f.access.newPatient(true);
        assertThatThrownBy(() -> f.consultations.submit(new NewConsultation(ConsultationKind.ADMIN, "PASSPORT",
                "x", null, null, null, f.allNo()))).hasMessageContaining("admin types");
        assertThatThrownBy(() -> f.consultations.submit(new NewConsultation(ConsultationKind.MEDICAL, "LETTER",
                "x", null, null, null, f.allNo()))).hasMessageContaining("no admin type");
        assertThatThrownBy(() -> f.consultations.submit(new NewConsultation(ConsultationKind.MEDICAL, null, "  ",
                null, null, null, f.allNo()))).hasMessage("What the problem is is required.");
        assertThatThrownBy(() -> f.consultations.submit(new NewConsultation(ConsultationKind.MEDICAL, null,
                "x".repeat(Limits.DESCRIPTION + 1), null, null, null, f.allNo()))).hasMessageContaining("at most");
        assertThat(f.consultations.mine()).isEmpty();
    }

    @Test
    void withoutTheService_nothingIsAnswered() {
        f.access.newPatient(true);
        f.access.available(false);
        assertThatThrownBy(() -> f.consultations.form()).isInstanceOf(ServiceNotAvailableException.class);
        assertThatThrownBy(() -> f.consultations.submit(f.fitNote())).isInstanceOf(ServiceNotAvailableException.class);
    }

    @Test
    void aSafetyPause_closesTheServiceInCoreHours_untilEnded_andTheSupplierSeesIt() {
        f.access.staff(Role.STAFF, Role.RECEPTIONIST);
        assertThatThrownBy(() -> f.pauses.pause("No clinician today")).isInstanceOf(SecurityException.class);
        f.access.staff(Role.STAFF, Role.CLINICIAN);
        assertThatThrownBy(() -> f.pauses.pause(" ")).hasMessage("The safety reason is required.");
        f.pauses.pause("Telephony and clinical system down");
        assertThat(f.pauses.notices()).singleElement().satisfies(n -> {
            assertThat(n.odsCode()).isEqualTo(TestServiceAccess.PRACTICE);
            assertThat(n.text()).contains("Dr Asha Patel", "Telephony and clinical system down");
        });

        f.access.newPatient(true);
        ConsultationForm closed = f.consultations.form();
        assertThat(closed.open()).isFalse();
        assertThat(closed.opensAt()).isNull();
        assertThat(closed.availability()).contains("paused", "111");
        assertThatThrownBy(() -> f.consultations.submit(f.fitNote())).isInstanceOf(ServiceClosed.class);

        f.access.staff(Role.STAFF, Role.PRACTICE_ADMIN);
        f.pauses.resume();
        assertThat(f.pauses.notices()).isEmpty();
        assertThat(f.access.audit).extracting(TestServiceAccess.Audited::action)
                .contains("ONLINE_CONSULTATIONS_SAFETY_PAUSED", "ONLINE_CONSULTATIONS_SAFETY_PAUSE_ENDED");
        f.access.newPatient(true);
        assertThat(f.consultations.submit(f.fitNote()).status()).isEqualTo(ConsultationStatus.RECEIVED);
    }

    @Test
    void aPracticesOwnQuestion_isAskedAfterTheNationalOnes_andAYesStopsTheRequest() {
        f.access.staff(Role.STAFF, Role.CLINICIAN);
        RedFlagQuestion own = f.redFlags.add("Are you pregnant and bleeding?");
        f.access.newPatient(true);

        assertThat(f.consultations.form().redFlagQuestions()).last().isEqualTo(own);
        Map<String, Boolean> answers = f.allNo();
        answers.put(own.id(), true);
        assertThatThrownBy(() -> f.consultations.submit(withAnswers(answers))).isInstanceOf(UrgentCareAdvised.class);

        f.access.staff(Role.STAFF, Role.CLINICIAN);
        f.redFlags.remove(own.id());
        f.access.newPatient(true);
        assertThat(f.consultations.form().redFlagQuestions()).hasSize(5);
    }
}
