package org.citizenservices.core.notify;

import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.notify.NotificationOutbox;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.ConsentMethod;
import org.citizenservices.core.api.vua.PatientAssociationDetails;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenservices.spi.CitizenService.APPOINTMENTS;
import static org.citizenservices.spi.CitizenService.RECORD;

/**
 * A notice for a patient, on a real database: queued for exactly the accounts that could use the service for the
 * patient today — by the same rule as every page — and audited against the patient, one event per account told.
 */
class PatientNoticesTest extends OneCorePerClass {

    private static final String NOTICE = "A new test result is in your GP record online. Sign in to see it.";

    @Test
    void aChildsNotice_goesToTheProxiesWhoUseTheService_andToNobodyElse() {
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        Patient child = fixture.patient(practice, "Child", LocalDate.of(2019, 5, 1));
        CoreFixture.Citizen mother = proxy(admin, practice, child, "Mother", Set.of(RECORD, APPOINTMENTS)).citizen();
        CoreFixture.Citizen father = proxy(admin, practice, child, "Father", Set.of(APPOINTMENTS)).citizen();
        Proxy grandmother = proxy(admin, practice, child, "Grandmother", Set.of(RECORD));
        fixture.core.associations().endAssociation(admin, grandmother.association().id(), "Moved away");

        assertThat(fixture.core.outbox().enqueueForPatient(child.id(), RECORD, NOTICE)).isEqualTo(1);

        assertThat(queuedFor(mother, father, grandmother.citizen())).containsExactly(mother.session().accountId());
        assertThat(fixture.audit().forPatient(child.id(), 20)).filteredOn(e -> e.action().equals(
                AuditAction.CITIZEN_NOTIFICATION.name())).singleElement().satisfies(e -> {
                    assertThat(e.accountId()).isEqualTo(mother.session().accountId());
                    assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
                    assertThat(e.detail()).isEqualTo("queued: RECORD");
                });
    }

    @Test
    void aPatientsOwnAccount_isToldWhileTheServiceIsOn_andNotOnceItIsSwitchedOffOrTheAccountSuspended() {
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        Patient adult = fixture.patient(practice, "Adult", LocalDate.of(1960, 2, 2));
        CoreFixture.Citizen self = fixture.activeSelf(admin, adult);

        assertThat(fixture.core.outbox().enqueueForPatient(adult.id(), RECORD, NOTICE)).isEqualTo(1);
        assertThat(queuedFor(self)).containsExactly(self.session().accountId());

        fixture.core.patients().setService(admin, adult.id(), RECORD, false, "Clinician's decision");
        assertThat(fixture.core.outbox().enqueueForPatient(adult.id(), RECORD, NOTICE)).isZero();
        fixture.core.patients().setService(admin, adult.id(), RECORD, true, "Reviewed");
        fixture.core.accounts().suspend(admin, self.vuaId(), "Test");
        assertThat(fixture.core.outbox().enqueueForPatient(adult.id(), RECORD, NOTICE)).isZero();
        assertThat(queuedFor(self)).isEmpty();
    }

    @Test
    void aNoticeForThePatientOnly_reachesTheirOwnAccount_andNoProxy() {
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        Patient adult = fixture.patient(practice, "Own", LocalDate.of(1950, 4, 4));
        CoreFixture.Citizen self = fixture.activeSelf(admin, adult);
        CoreFixture.Citizen carer = proxy(admin, practice, adult, "Carer", Set.of(RECORD)).citizen();

        assertThat(fixture.core.outbox().enqueueForPatientOnly(adult.id(), RECORD, NOTICE)).isEqualTo(1);

        assertThat(queuedFor(self, carer)).containsExactly(self.session().accountId());
        Patient child = fixture.patient(practice, "Young", LocalDate.of(2019, 5, 1));
        proxy(admin, practice, child, "Parent", Set.of(RECORD));
        assertThat(fixture.core.outbox().enqueueForPatientOnly(child.id(), RECORD, NOTICE)).isZero();
    }

    @Test
    void anUnknownPatientTellsNobody_andABadNoticeIsRefusedBeforeAnythingIsQueued() {
        assertThat(fixture.core.outbox().enqueueForPatient(987_654_321L, RECORD, NOTICE)).isZero();
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        Patient adult = fixture.patient(practice, "Wordy", LocalDate.of(1970, 3, 3));
        CoreFixture.Citizen self = fixture.activeSelf(admin, adult);

        for (String bad : new String[]{" ", "x".repeat(NotificationOutbox.MAX_NOTICE + 1)}) {
            assertThatThrownBy(() -> fixture.core.outbox().enqueueForPatient(adult.id(), RECORD, bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 200");
        }
        assertThat(queuedFor(self)).isEmpty();
    }

    private record Proxy(CoreFixture.Citizen citizen, PatientAssociationDetails association) {
    }

    /** A citizen with an account of their own, made a proxy for {@code patient} with these services. */
    private Proxy proxy(StaffMember admin, Practice practice, Patient patient, String familyName,
                                      Set<CitizenService> services) {
        CoreFixture.Citizen citizen = fixture.activeSelf(admin, fixture.patient(practice, familyName,
                LocalDate.of(1985, 1, 1)));
        return new Proxy(citizen, fixture.core.associations().associate(admin, citizen.vuaId(), patient.id(),
                new AssociationRequest(AssociationType.PROXY, Relationship.MOTHER, ConsentMethod.NOT_REQUIRED,
                        "Parental responsibility", null, services, LocalDate.of(2026, 11, 1))));
    }

    /** The accounts among these with a notice queued, each claimed once (so a later call sees only newer ones). */
    private List<String> queuedFor(CoreFixture.Citizen... citizens) {
        Set<String> ours = java.util.Arrays.stream(citizens).map(c -> c.session().accountId())
                .collect(java.util.stream.Collectors.toSet());
        return fixture.core.outbox().claimDue("test", 1000).stream()
                .filter(claimed -> ours.contains(claimed.accountId()))
                .peek(claimed -> assertThat(claimed.notice()).isEqualTo(NOTICE))
                .map(NotificationOutbox.Claimed::accountId).toList();
    }
}
