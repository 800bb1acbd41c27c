package org.citizenservices.core.internal.vua;

import org.citizenservices.core.api.vua.VuaAccounts;
import org.citizenservices.core.api.vua.VuaHistoryDetails;
import org.citizenservices.core.api.vua.PatientAssociationDetails;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.ConsentMethod;
import org.citizenservices.core.api.vua.HistoryKind;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.api.patient.RegistrationStatus;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.service.NotPermittedException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenservices.spi.CitizenService.APPOINTMENTS;
import static org.citizenservices.spi.CitizenService.MESSAGING;
import static org.citizenservices.spi.CitizenService.RECORD;

/** SELF at most one, PROXY many, what a proxy association needs, and the 11+ review. */
class AssociationRulesTest extends OneCorePerClass {

    Practice practice;
    StaffMember reception;
    StaffMember clinician;
    final VuaAccounts accounts = fixture.core.accounts();

    @BeforeEach
    void practice() {
        practice = fixture.practice();
        reception = fixture.staff(practice, StaffRole.RECEPTIONIST);
        clinician = fixture.staff(practice, StaffRole.CLINICIAN);
    }

    static AssociationRequest proxy(Set<CitizenService> services) {
        return new AssociationRequest(AssociationType.PROXY, Relationship.MOTHER, ConsentMethod.NOT_REQUIRED,
                "Parental responsibility", null, services, LocalDate.of(2026, 11, 1));
    }

    @Test
    void givenAnAccountWithASelfAssociation_thenASecondSelfIsRefused() {
        Patient parent = fixture.patient(practice, "Parent", LocalDate.of(1980, 1, 1));
        Patient other = fixture.patient(practice, "Other", LocalDate.of(1981, 1, 1));
        Vua vua = fixture.account(reception, parent);
        fixture.core.associations().associate(reception, vua.id(), parent.id(), AssociationRequest.self(LocalDate.of(2026, 11, 1)));

        assertThatThrownBy(() -> fixture.core.associations().associate(reception, vua.id(), other.id(),
                AssociationRequest.self(LocalDate.of(2026, 11, 1))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("one patient only");
    }

    @Test
    void givenAPatientWithTheirOwnAccount_thenAnotherAccountCannotBeTheirSelf() {
        Patient patient = fixture.patient(practice, "Owner", LocalDate.of(1980, 1, 1));
        fixture.core.associations().associate(reception, fixture.account(reception, patient).id(), patient.id(),
                AssociationRequest.self(LocalDate.of(2026, 11, 1)));
        Vua second = fixture.account(reception, patient);

        assertThatThrownBy(() -> fixture.core.associations().associate(reception, second.id(), patient.id(),
                AssociationRequest.self(LocalDate.of(2026, 11, 1))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("one account per practice");
    }

    @Test
    void givenAParent_thenManyProxyAssociationsAreAllowed_butNotTwoForOnePatient() {
        Patient parent = fixture.patient(practice, "Parent", LocalDate.of(1980, 1, 1));
        Patient first = fixture.patient(practice, "ChildA", LocalDate.of(2018, 1, 1));
        Patient second = fixture.patient(practice, "ChildB", LocalDate.of(2020, 1, 1));
        Vua vua = fixture.account(reception, parent);

        fixture.core.associations().associate(reception, vua.id(), first.id(), proxy(Set.of(APPOINTMENTS)));
        fixture.core.associations().associate(reception, vua.id(), second.id(), proxy(Set.of(APPOINTMENTS, RECORD)));

        assertThat(accounts.details(reception, vua.id()).associations()).hasSize(2);
        assertThatThrownBy(() -> fixture.core.associations().associate(reception, vua.id(), first.id(), proxy(Set.of(RECORD))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already has access");
    }

    @Test
    void aProxyAssociationNeedsRelationshipServicesAndConsentOrLegalBasis() {
        LocalDate start = LocalDate.of(2026, 11, 1);
        assertThatThrownBy(() -> new AssociationRequest(AssociationType.PROXY, null, ConsentMethod.WRITTEN, null, null,
                Set.of(APPOINTMENTS), start)).isInstanceOf(InvalidValueException.class).hasMessageContaining("related");
        assertThatThrownBy(() -> new AssociationRequest(AssociationType.PROXY, Relationship.CARER, ConsentMethod.WRITTEN,
                null, null, Set.of(), start)).isInstanceOf(InvalidValueException.class).hasMessageContaining("service");
        assertThatThrownBy(() -> new AssociationRequest(AssociationType.PROXY, Relationship.CARER, null, null, null,
                Set.of(APPOINTMENTS), start)).isInstanceOf(InvalidValueException.class).hasMessageContaining("consent");
        assertThatThrownBy(() -> new AssociationRequest(AssociationType.PROXY, Relationship.MOTHER,
                ConsentMethod.NOT_REQUIRED, " ", null, Set.of(APPOINTMENTS), start))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("legal basis");
        assertThatThrownBy(() -> new AssociationRequest(AssociationType.SELF, Relationship.MOTHER, null, null, null,
                Set.of(), start)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void givenAPatientWhoLeft_thenNoNewAssociationForThem() {
        Patient leaver = fixture.patient(practice, "Leaver", LocalDate.of(1980, 1, 1));
        fixture.core.patients().changeRegistrationStatus(reception, leaver.id(), RegistrationStatus.LEFT, "Moved");

        assertThatThrownBy(() -> fixture.core.associations().associate(reception, fixture.account(reception, leaver).id(), leaver.id(),
                AssociationRequest.self(LocalDate.of(2026, 11, 1))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not registered");
    }

    @Test
    void givenAChildTurning11_thenTheProxyIsFlaggedForReview_accessIsUnchanged_andAReviewCanOnlyNarrowIt() {
        Patient parent = fixture.patient(practice, "Parent", LocalDate.of(1980, 1, 1));
        Patient child = fixture.patient(practice, "Turning", LocalDate.of(2015, 11, 30));
        Vua vua = fixture.account(reception, parent);
        PatientAssociationDetails association = fixture.core.associations().associate(reception, vua.id(), child.id(),
                proxy(Set.of(APPOINTMENTS, RECORD)));
        assertThat(fixture.core.associations().reviewsDue(reception)).isEmpty();

        fixture.clock.advance(Duration.ofDays(7));
        try {
            assertThat(fixture.core.associations().reviewsDue(reception)).extracting(PatientAssociationDetails::id).containsExactly(association.id());
            assertThat(accounts.details(reception, vua.id()).associations().get(0).services())
                    .containsExactlyInAnyOrder(APPOINTMENTS, RECORD);

            assertThatThrownBy(() -> fixture.core.associations().reviewAssociation(reception, association.id(), Set.of(APPOINTMENTS)))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> fixture.core.associations().reviewAssociation(clinician, association.id(), Set.of(APPOINTMENTS, MESSAGING)))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("not add");

            fixture.core.associations().reviewAssociation(clinician, association.id(), Set.of(APPOINTMENTS));

            assertThat(fixture.core.associations().reviewsDue(reception)).isEmpty();
            assertThat(accounts.details(reception, vua.id()).associations().get(0).services())
                    .containsExactly(APPOINTMENTS);
        } finally {
            fixture.clock.set(CoreFixture.START);
        }
    }

    @Test
    void givenAnAdultAssociatedByACarer_thenNoReviewIsDue() {
        Patient carer = fixture.patient(practice, "Carer", LocalDate.of(1970, 1, 1));
        Patient elder = fixture.patient(practice, "Elder", LocalDate.of(1940, 1, 1));
        fixture.core.associations().associate(reception, fixture.account(reception, carer).id(), elder.id(),
                new AssociationRequest(AssociationType.PROXY, Relationship.CARER, ConsentMethod.WRITTEN, null, null,
                        Set.of(APPOINTMENTS), LocalDate.of(2026, 11, 1)));

        assertThat(fixture.core.associations().reviewsDue(reception)).isEmpty();
    }

    @Test
    void givenAProxyServicesChange_thenHistoryHasTheServiceRegistration() {
        Patient parent = fixture.patient(practice, "Parent", LocalDate.of(1980, 1, 1));
        Patient child = fixture.patient(practice, "Child", LocalDate.of(2020, 1, 1));
        Vua vua = fixture.account(reception, parent);
        PatientAssociationDetails association = fixture.core.associations().associate(reception, vua.id(), child.id(), proxy(Set.of(APPOINTMENTS)));

        fixture.core.associations().changeServices(reception, association.id(), Set.of(APPOINTMENTS, RECORD));

        assertThat(accounts.details(reception, vua.id()).history())
                .filteredOn(h -> h.kind() == HistoryKind.SERVICE_REGISTRATION)
                .extracting(VuaHistoryDetails::description)
                .anyMatch(d -> d.endsWith("APPOINTMENTS, RECORD"));
    }
}
