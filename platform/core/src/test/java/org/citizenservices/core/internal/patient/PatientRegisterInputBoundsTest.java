package org.citizenservices.core.internal.patient;

import org.citizenservices.core.api.patient.PatientRegister;
import org.citizenservices.core.api.patient.RegistrationStatus;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.Bounds;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reasons and search a practice user types on a patient's page, at the limit, one over and at 10 KB: kept whole
 * up to the limit, refused beyond it before the patient, their associations or the audit trail change.
 */
class PatientRegisterInputBoundsTest extends OneCorePerClass {

    StaffMember reception;
    StaffMember clinician;
    Patient patient;
    long vuaId;
    final PatientRegister patients = fixture.core.patients();

    @BeforeEach
    void practice() {
        Practice practice = fixture.practice();
        reception = fixture.staff(practice, StaffRole.RECEPTIONIST);
        clinician = fixture.staff(practice, StaffRole.CLINICIAN);
        patient = fixture.patient(practice, "Bounded", LocalDate.of(1980, 5, 5));
        vuaId = fixture.account(reception, patient).id();
        fixture.core.associations().associate(reception, vuaId, patient.id(), AssociationRequest.self(LocalDate.of(2026, 11, 1)));
    }

    enum Reason {
        REGISTRATION(PatientRegister.MAX_REGISTRATION_REASON),
        SERVICE_OFF(PracticeServicesService.MAX_SERVICE_REASON);

        final int max;

        Reason(int max) {
            this.max = max;
        }
    }

    static Stream<Arguments> reasons() {
        return Bounds.cases(Stream.of(Reason.values()), r -> r.max);
    }

    @ParameterizedTest(name = "{0} with {1} characters")
    @MethodSource("reasons")
    void aReasonIsKeptWholeUpToItsLimit_andRefusedBeyondIt_withNothingWritten(Reason field, int length) {
        String reason = Bounds.text(length);
        Runnable change = field == Reason.REGISTRATION
                ? () -> patients.changeRegistrationStatus(reception, patient.id(), RegistrationStatus.DECEASED, reason)
                : () -> patients.setService(clinician, patient.id(), CitizenService.MESSAGING, false, reason);
        long audit = Bounds.auditEvents(fixture);
        long history = Bounds.historyEntries(fixture, vuaId);

        if (length <= field.max) {
            change.run();
            assertThat(kept(field)).contains(field == Reason.REGISTRATION ? "Patient deceased: " + reason : reason);
        } else {
            assertThatThrownBy(change::run).isInstanceOf(InvalidValueException.class)
                    .hasMessage("A reason is at most " + field.max + " characters.");
            assertThat(kept(field)).as("nothing kept").isEmpty();
            assertThat(Bounds.auditEvents(fixture)).as("audit").isEqualTo(audit);
            assertThat(Bounds.historyEntries(fixture, vuaId)).as("account history").isEqualTo(history);
            RegistrationStatus status = fixture.core.transactions().read(
                    em -> em.find(Patient.class, patient.id()).registrationStatus());
            assertThat(status).isEqualTo(RegistrationStatus.REGISTERED);
        }
    }

    /** The reasons stored for the change: the association's end reason, or the patient's service switches. */
    private List<String> kept(Reason field) {
        return fixture.core.transactions().read(em -> field == Reason.REGISTRATION
                ? em.createQuery("select a.endReason from PatientAssociation a where a.patient.id = :patient"
                        + " and a.endReason is not null", String.class).setParameter("patient", patient.id()).getResultList()
                : em.createQuery("select c.reason from ServiceConfiguration c where c.patientId = :patient", String.class)
                        .setParameter("patient", patient.id()).getResultList());
    }

    @ParameterizedTest(name = "a patient search of {0} characters")
    @MethodSource("org.citizenservices.core.support.Bounds#searches")
    void aSearchUpToItsLimitFindsNothingQuietly_andALongerOneIsRefusedInWords(int length) {
        Bounds.search(length, query -> patients.search(reception, query));
    }
}
