package org.citizenservices.core.internal.patient;

import org.citizenservices.core.api.patient.PatientDetails;
import org.citizenservices.core.api.patient.RegistrationStatus;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.NotPermittedException;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.core.internal.vua.Vua;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenservices.spi.CitizenService.RECORD;

/** Roles and tenancy are enforced in the core's services, every change is audited, bad input changes nothing. */
class StaffAuthorisationTest extends OneCorePerClass {

    Practice practice;
    StaffMember reception;
    StaffMember clinician;
    StaffMember admin;
    Patient patient;

    @BeforeEach
    void practice() {
        practice = fixture.practice();
        reception = fixture.staff(practice, StaffRole.RECEPTIONIST);
        clinician = fixture.staff(practice, StaffRole.CLINICIAN);
        admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        patient = fixture.patient(practice, "Authorised", LocalDate.of(1960, 6, 6));
    }

    @Test
    void aReceptionistCannotSwitchServicesOrSetRecordAccess_aClinicianCan() {
        assertThatThrownBy(() -> fixture.core.patients().setService(reception, patient.id(), RECORD, false, "why"))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("clinician");
        assertThatThrownBy(() -> fixture.core.patients().setRecordAccess(reception, patient.id(),
                RecordAccessLevel.FULL, null)).isInstanceOf(NotPermittedException.class);

        fixture.core.patients().setRecordAccess(clinician, patient.id(), RecordAccessLevel.DETAILED_CODED,
                LocalDate.of(2020, 1, 1));

        PatientDetails changed = fixture.core.patients().view(clinician, patient.id());
        assertThat(changed.recordAccessLevel()).isEqualTo(RecordAccessLevel.DETAILED_CODED);
        assertThat(changed.recordAccessFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void onlyThePracticeAdministratorSwitchesPracticeServices() {
        assertThatThrownBy(() -> fixture.core.practices().setService(clinician, RECORD, false, "why"))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("practice administrator");
        fixture.core.practices().setService(admin, RECORD, false, "Not offered this winter");
        assertThat(fixture.core.practices().enabledFor(practice.id())).doesNotContain(RECORD);
    }

    @Test
    void disablingNeedsAReason_andWithoutOneNothingIsStored() {
        assertThatThrownBy(() -> fixture.core.patients().setService(clinician, patient.id(), RECORD, false, " "))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason");
        assertThat(fixture.core.patients().serviceHistory(clinician, patient.id())).isEmpty();

        fixture.core.patients().setService(clinician, patient.id(), RECORD, false, "Safeguarding concern");
        assertThat(fixture.core.patients().serviceSwitches(clinician, patient.id()).get(RECORD).reason())
                .isEqualTo("Safeguarding concern");
    }

    @Test
    void staffOfAnotherPracticeSeeNothing_notEvenThatThePatientExists() {
        Practice other = fixture.practice();
        StaffMember stranger = fixture.staff(other, StaffRole.PRACTICE_ADMIN);
        Vua vua = fixture.account(reception, patient);

        assertThatThrownBy(() -> fixture.core.patients().view(stranger, patient.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixture.core.accounts().details(stranger, vua.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixture.core.patients().setService(stranger, patient.id(), RECORD, true, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixture.core.patients().search(stranger, "Authorised")).isEmpty();
    }

    @Test
    void everyStaffActionOnThePatientIsInTheirAuditTrail() {
        fixture.core.patients().view(reception, patient.id());
        fixture.core.patients().setService(clinician, patient.id(), RECORD, false, "Clinician's decision");
        fixture.core.patients().setRecordAccess(clinician, patient.id(), RecordAccessLevel.DOCUMENTS, null);
        Vua vua = fixture.account(reception, patient);
        fixture.core.associations().associate(reception, vua.id(), patient.id(),
                org.citizenservices.core.api.vua.AssociationRequest.self(LocalDate.of(2026, 11, 1)));
        fixture.core.patients().changeRegistrationStatus(reception, patient.id(), RegistrationStatus.DECEASED,
                "Death notified by the hospital");

        List<? extends org.citizenservices.core.api.audit.AuditEventDetails> trail =
                fixture.core.patients().auditTrail(admin, patient.id());
        assertThat(trail).extracting(org.citizenservices.core.api.audit.AuditEventDetails::action).contains(AuditAction.PATIENT_VIEWED.name(),
                AuditAction.SERVICE_SWITCHED.name(), AuditAction.RECORD_ACCESS_CHANGED.name(),
                AuditAction.ASSOCIATION_ADDED.name(), AuditAction.REGISTRATION_STATUS_CHANGED.name(),
                AuditAction.ASSOCIATION_ENDED.name());
        assertThat(trail).allSatisfy(e -> assertThat(e.practiceId()).isEqualTo(practice.id()));
    }

    @Test
    void staffSignInPausesAfterFiveFailures_withTheSameWords_thenTheRightPasswordWorks() {
        String wrongWords = null;
        for (int i = 1; i <= 5; i++) {
            try {
                fixture.core.staffSignIn().signIn(reception.username(), "wrong-password");
            } catch (SignInFailedException e) {
                wrongWords = e.getMessage();
            }
        }
        assertThatThrownBy(() -> fixture.core.staffSignIn().signIn(reception.username(), CoreFixture.PASSWORD))
                .isInstanceOf(SignInFailedException.class).hasMessage(wrongWords);
        fixture.clock.advance(java.time.Duration.ofSeconds(1));
        try {
            assertThat(fixture.core.staffSignIn().signIn(reception.username(), CoreFixture.PASSWORD).username())
                    .isEqualTo(reception.username());
        } finally {
            fixture.clock.set(CoreFixture.START);
        }
    }
}
