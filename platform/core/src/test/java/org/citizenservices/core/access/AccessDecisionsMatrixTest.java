package org.citizenservices.core.access;

import org.citizenservices.core.api.vua.PatientAssociationDetails;
import org.citizenservices.core.api.access.ServiceAvailability;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.ConsentMethod;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenservices.spi.CitizenService.APPOINTMENTS;
import static org.citizenservices.spi.CitizenService.RECORD;

/**
 * The ServiceAccess decision end to end, on a real database: every combination of module installed × practice
 * switch × patient switch × association × account status, each built through the core's own services.
 */
class AccessDecisionsMatrixTest extends OneCorePerClass {

    enum Association { SELF, PROXY_REGISTERED, PROXY_NOT_REGISTERED, PROXY_ENDED }

    @AfterEach
    void reinstall() {
        fixture.installed.add(RECORD);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (boolean module : new boolean[]{true, false}) {
            for (boolean practice : new boolean[]{true, false}) {
                for (boolean patient : new boolean[]{true, false}) {
                    for (Association association : Association.values()) {
                        for (VuaStatus status : VuaStatus.values()) {
                            rows.add(Arguments.of(module, practice, patient, association, status));
                        }
                    }
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "module={0} practice={1} patient={2} {3} {4}")
    @MethodSource("matrix")
    void theDecisionIsTheAndOfEveryCondition(boolean module, boolean practiceOn, boolean patientOn,
                                             Association association, VuaStatus status) {
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        Patient citizenPatient = fixture.patient(practice, "Citizen", LocalDate.of(1980, 1, 1));
        CoreFixture.Citizen citizen = fixture.activeSelf(admin, citizenPatient);
        Patient target = citizenPatient;
        if (association != Association.SELF) {
            target = fixture.patient(practice, "Child", LocalDate.of(2020, 1, 1));
            Set<CitizenService> registered = association == Association.PROXY_NOT_REGISTERED ? Set.of(APPOINTMENTS)
                    : Set.of(RECORD);
            PatientAssociationDetails proxy = fixture.core.associations().associate(admin, citizen.vuaId(), target.id(),
                    new AssociationRequest(org.citizenservices.core.api.vua.AssociationType.PROXY, Relationship.FATHER,
                            ConsentMethod.NOT_REQUIRED, "Parental responsibility", null, registered,
                            LocalDate.of(2026, 11, 1)));
            if (association == Association.PROXY_ENDED) {
                fixture.core.associations().endAssociation(admin, proxy.id(), "Court order");
            }
        }
        if (!practiceOn) {
            fixture.core.practices().setService(admin, RECORD, false, "Not offered yet");
        }
        if (!patientOn) {
            fixture.core.patients().setService(admin, target.id(), RECORD, false, "Clinician's decision");
        }
        if (status == VuaStatus.INACTIVE) {
            fixture.core.accounts().suspend(admin, citizen.vuaId(), "Test");
        }
        if (!module) {
            fixture.installed.remove(RECORD);
        }

        boolean expected = module && practiceOn && patientOn && status == VuaStatus.ACTIVE
                && (association == Association.SELF || association == Association.PROXY_REGISTERED);
        assertThat(fixture.core.access().decide(citizen.session(), target.id(), RECORD).isEmpty())
                .isEqualTo(expected);
        assertThat(fixture.core.access().availableServices(citizen.session(), target.id(), List.of(RECORD))
                .contains(RECORD)).isEqualTo(expected);
    }

    @Test
    void givenARefusal_thenItIsAuditedWithTheRealReason_andTheCitizenMessageSaysNoMore() {
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        Patient patient = fixture.patient(practice, "Refused", LocalDate.of(1980, 1, 1));
        CoreFixture.Citizen citizen = fixture.activeSelf(admin, patient);
        fixture.core.practices().setService(admin, RECORD, false, "Not offered yet");

        assertThatThrownBy(() -> fixture.core.access().require(citizen.session(), patient.id(), RECORD))
                .isInstanceOf(ServiceNotAvailableException.class)
                .hasMessageNotContaining("PRACTICE");
        assertThat(fixture.core.audit().forPatient(patient.id(), 10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SERVICE_REFUSED.name());
            assertThat(e.outcome()).isEqualTo(Outcome.DENIED);
            assertThat(e.detail()).isEqualTo("RECORD: DISABLED_FOR_PRACTICE");
        });
    }

    @Test
    void givenAPatientTheCitizenHasNoAssociationWith_thenNothingIsAvailable() {
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        CoreFixture.Citizen citizen = fixture.activeSelf(admin, fixture.patient(practice, "Own", LocalDate.of(1980, 1, 1)));
        Patient stranger = fixture.patient(practice, "Stranger", LocalDate.of(1981, 1, 1));

        assertThat(fixture.core.access().decide(citizen.session(), stranger.id(), APPOINTMENTS))
                .contains(ServiceAvailability.Denial.ASSOCIATION_ENDED);
    }
}
