package org.citizenservices.core.api.access;

import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.api.access.ServiceAvailability.Denial;
import org.citizenservices.core.api.access.ServiceAvailability.Facts;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenservices.spi.CitizenService.APPOINTMENTS;
import static org.citizenservices.spi.CitizenService.RECORD;

/** The availability rule as a matrix: module × practice × patient × association × liveness × account status. */
class ServiceAvailabilityTest {

    enum Association { SELF, PROXY_REGISTERED, PROXY_NOT_REGISTERED }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (boolean installed : new boolean[] {true, false}) {
            for (boolean practice : new boolean[] {true, false}) {
                for (boolean patient : new boolean[] {true, false}) {
                    for (Association association : Association.values()) {
                        for (boolean live : new boolean[] {true, false}) {
                            for (VuaStatus status : VuaStatus.values()) {
                                rows.add(Arguments.of(installed, practice, patient, association, live, status));
                            }
                        }
                    }
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "module {0}, practice {1}, patient {2}, {3}, live {4}, {5}")
    @MethodSource("matrix")
    void givenEveryCombination_whenDecided_thenAvailableExactlyWhenAllConditionsHold(
            boolean installed, boolean practice, boolean patient, Association association, boolean live,
            VuaStatus status) {
        Facts facts = facts(APPOINTMENTS, installed, practice, patient, association, live, status);

        boolean expected = installed && practice && patient && association != Association.PROXY_NOT_REGISTERED
                && live && status == VuaStatus.ACTIVE;

        assertThat(ServiceAvailability.isAvailable(facts)).isEqualTo(expected);
        assertThat(ServiceAvailability.decide(facts).isPresent()).isEqualTo(!expected);
    }

    @Test
    void givenSeveralFailedConditions_whenDecided_thenTheFirstInCheckingOrderIsTheReason() {
        assertThat(ServiceAvailability.decide(facts(APPOINTMENTS, false, false, false,
                Association.PROXY_NOT_REGISTERED, false, VuaStatus.INACTIVE))).contains(Denial.ACCOUNT_INACTIVE);
        assertThat(ServiceAvailability.decide(facts(APPOINTMENTS, false, false, false,
                Association.PROXY_NOT_REGISTERED, true, VuaStatus.ACTIVE))).contains(Denial.MODULE_NOT_INSTALLED);
        assertThat(ServiceAvailability.decide(facts(APPOINTMENTS, true, true, false,
                Association.PROXY_NOT_REGISTERED, true, VuaStatus.ACTIVE))).contains(Denial.DISABLED_FOR_PATIENT);
        assertThat(ServiceAvailability.decide(facts(APPOINTMENTS, true, true, true,
                Association.PROXY_NOT_REGISTERED, true, VuaStatus.ACTIVE))).contains(Denial.NOT_REGISTERED_ON_PROXY);
    }

    @Test
    void givenAProxyRegisteredForAnotherService_whenDecided_thenOnlyThatServiceIsAvailable() {
        // Sam Demo: his mother's proxy association registers APPOINTMENTS and RECORD only
        Set<CitizenService> all = Set.of(APPOINTMENTS, RECORD, CitizenService.MESSAGING, CitizenService.PRESCRIPTIONS);
        Facts messaging = new Facts(CitizenService.MESSAGING, VuaStatus.ACTIVE, AssociationType.PROXY, true,
                Set.of(APPOINTMENTS, RECORD), all, all, all);
        Facts record = new Facts(RECORD, VuaStatus.ACTIVE, AssociationType.PROXY, true,
                Set.of(APPOINTMENTS, RECORD), all, all, all);

        assertThat(ServiceAvailability.decide(messaging)).isEqualTo(Optional.of(Denial.NOT_REGISTERED_ON_PROXY));
        assertThat(ServiceAvailability.isAvailable(record)).isTrue();
    }

    private static Facts facts(CitizenService service, boolean installed, boolean practice, boolean patient,
                               Association association, boolean live, VuaStatus status) {
        Set<CitizenService> only = Set.of(service);
        return new Facts(service, status,
                association == Association.SELF ? AssociationType.SELF : AssociationType.PROXY, live,
                association == Association.PROXY_REGISTERED ? only : Set.of(),
                installed ? only : Set.of(), practice ? only : Set.of(), patient ? only : Set.of());
    }
}
