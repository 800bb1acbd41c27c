package org.citizenservices.core.access;

import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.core.support.StaffCaller;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.ServiceAccess;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A capability changing a patient's View Record access through the access rule (SPI 1.17), on a real database: a
 * clinician of the patient's practice may, as on the patient page, and it is audited; a receptionist, another
 * practice's clinician or a missing level is refused and nothing changes.
 */
class ModuleRecordAccessTest extends OneCorePerClass {

    @Test
    void aClinicianSetsTheLevel_othersAreRefused_andTheConfiguredAccessIsReadOutsideARequest() {
        Practice practice = fixture.practice();
        Patient patient = fixture.patient(practice, "Access", LocalDate.of(1970, 1, 1));
        StaffMember clinician = fixture.staff(practice, StaffRole.CLINICIAN);
        StaffMember reception = fixture.staff(practice, StaffRole.RECEPTIONIST);
        StaffMember elsewhere = fixture.staff(fixture.practice(), StaffRole.CLINICIAN);
        RecordAccess before = rule(clinician).configuredRecordAccess(patient.id());

        assertThatThrownBy(() -> rule(reception).setRecordAccess(patient.id(), RecordAccessLevel.FULL, null))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> rule(elsewhere).setRecordAccess(patient.id(), RecordAccessLevel.FULL, null))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> rule(clinician).setRecordAccess(patient.id(), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rule(clinician).configuredRecordAccess(patient.id())).isEqualTo(before);

        rule(clinician).setRecordAccess(patient.id(), RecordAccessLevel.DETAILED_CODED, LocalDate.of(2020, 1, 1));
        assertThat(rule(reception).configuredRecordAccess(patient.id())).isEqualTo(new RecordAccess(patient.id(),
                RecordAccessLevel.DETAILED_CODED, LocalDate.of(2020, 1, 1), null, LocalDate.of(1970, 1, 1)));
        assertThat(fixture.audit().forPatient(patient.id(), 10)).anySatisfy(e -> assertThat(e.action())
                .isEqualTo(AuditAction.RECORD_ACCESS_CHANGED.name()));
        assertThat(rule(clinician).configuredRecordAccess(987_654_321L)).isNull();
    }

    @Test
    void theConfiguredAccessNamesTheStartOfThePatientsOwnAccount_notAProxysAndNotAnEndedOne() {
        Practice practice = fixture.practice();
        StaffMember clinician = fixture.staff(practice, StaffRole.CLINICIAN);
        Patient patient = fixture.patient(practice, "Own", LocalDate.of(1990, 5, 6));
        assertThat(rule(clinician).configuredRecordAccess(patient.id()).ownAccountFrom()).isNull();

        fixture.lettered(clinician, patient);

        RecordAccess configured = rule(clinician).recordAccessOf(patient.id());
        assertThat(configured.ownAccountFrom()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(configured.dateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 6));
        assertThat(rule(clinician).configuredRecordAccess(patient.id())).isEqualTo(configured);
    }

    private static ServiceAccess rule(StaffMember staff) {
        return fixture.core.serviceAccess(new StaffCaller(staff), () -> { });
    }
}
