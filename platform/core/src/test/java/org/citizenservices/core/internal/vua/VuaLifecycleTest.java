package org.citizenservices.core.internal.vua;

import org.citizenservices.core.api.vua.VuaAccounts;
import org.citizenservices.core.api.vua.VuaHistoryDetails;
import org.citizenservices.core.api.vua.IdentityVerificationDetails;
import org.citizenservices.core.api.vua.AccountDetails;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.HistoryKind;
import org.citizenservices.core.api.vua.IdentityCheck;
import org.citizenservices.core.api.vua.IdentityDocument;
import org.citizenservices.core.api.vua.RegistrationLetter;
import org.citizenservices.core.api.vua.VerificationMethod;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.internal.audit.AuditEvent;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.api.patient.RegistrationStatus;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every status transition of a Verified User Account, and each blocked one, on a real database. */
class VuaLifecycleTest extends OneCorePerClass {

    StaffMember reception;
    Patient patient;
    final VuaAccounts accounts = fixture.core.accounts();

    @BeforeEach
    void practice() {
        CoreFixture.Surgery surgery = fixture.surgery("Lifecycle", LocalDate.of(1980, 5, 5));
        reception = surgery.reception();
        patient = surgery.patient();
    }

    private VuaStatus status(long vuaId) {
        return accounts.details(reception, vuaId).account().status();
    }

    @Test
    void givenANewAccount_thenItIsInactiveWithItsCreationInHistoryAndAudit() {
        Vua vua = fixture.account(reception, patient);

        AccountDetails details = accounts.details(reception, vua.id());
        assertThat(details.account().status()).isEqualTo(VuaStatus.INACTIVE);
        assertThat(details.account().accountId().value()).matches("[A-Z]{4}\\d{6}");
        assertThat(details.history()).extracting(VuaHistoryDetails::kind).contains(HistoryKind.CREATION);
        assertThat(fixture.audit().withAction(AuditAction.ACCOUNT_CREATED.name(), 500))
                .extracting(AuditEvent::accountId).contains(vua.accountId().value());
    }

    @Test
    void givenOnlySomeConditions_thenItStaysInactive_andBecomesActiveOnlyWithAllThree() {
        Vua vua = fixture.account(reception, patient);

        fixture.core.identityVerifications().verifyIdentity(reception, vua.id(), CoreFixture.passportSeen());
        assertThat(status(vua.id())).as("identity only").isEqualTo(VuaStatus.INACTIVE);

        fixture.core.associations().associate(reception, vua.id(), patient.id(), AssociationRequest.self(LocalDate.of(2026, 11, 1)));
        assertThat(status(vua.id())).as("identity and association, no linkage").isEqualTo(VuaStatus.INACTIVE);

        RegistrationLetter letter = fixture.core.linkageKeys().issueLinkageKey(reception, vua.id(), null);
        assertThat(status(vua.id())).as("a letter issued is not a linkage").isEqualTo(VuaStatus.INACTIVE);

        fixture.register(letter, patient, "lifecycle.one");
        AccountDetails details = accounts.details(reception, vua.id());
        assertThat(details.account().status()).isEqualTo(VuaStatus.ACTIVE);
        assertThat(details.history()).filteredOn(h -> h.kind() == HistoryKind.STATUS)
                .extracting(VuaHistoryDetails::description).anyMatch(d -> d.startsWith("INACTIVE → ACTIVE"));
    }

    @Test
    void givenLinkageAndAssociationButNoIdentityCheck_thenInactive() {
        Vua vua = fixture.account(reception, patient);
        fixture.core.associations().associate(reception, vua.id(), patient.id(), AssociationRequest.self(LocalDate.of(2026, 11, 1)));
        fixture.register(fixture.core.linkageKeys().issueLinkageKey(reception, vua.id(), null), patient, "no.identity");

        AccountDetails details = accounts.details(reception, vua.id());
        assertThat(details.account().status()).isEqualTo(VuaStatus.INACTIVE);
        assertThat(details.conditions().missing()).containsExactly("identity has not been verified");
    }

    @Test
    void givenAnActiveAccount_whenItsLastAssociationEnds_thenItRevertsToInactive_andReturnsWhenReassociated() {
        CoreFixture.Citizen citizen = fixture.activeSelf(reception, patient);
        long association = accounts.details(reception, citizen.vuaId()).associations().get(0).id();

        fixture.core.associations().endAssociation(reception, association, "Asked to close online access");
        assertThat(status(citizen.vuaId())).isEqualTo(VuaStatus.INACTIVE);

        fixture.core.associations().associate(reception, citizen.vuaId(), patient.id(), AssociationRequest.self(LocalDate.of(2026, 11, 24)));
        assertThat(status(citizen.vuaId())).isEqualTo(VuaStatus.ACTIVE);
    }

    @Test
    void givenAnActiveAccount_whenThePatientLeavesThePractice_thenItRevertsToInactiveAutomatically() {
        CoreFixture.Citizen citizen = fixture.activeSelf(reception, patient);

        fixture.core.patients().changeRegistrationStatus(reception, patient.id(), RegistrationStatus.LEFT, "Moved away");

        AccountDetails details = accounts.details(reception, citizen.vuaId());
        assertThat(details.account().status()).isEqualTo(VuaStatus.INACTIVE);
        assertThat(details.associations().get(0).endDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(details.history()).filteredOn(h -> h.kind() == HistoryKind.STATUS)
                .anyMatch(h -> h.changedBy().equals("Citizen Services") && h.description().contains("left"));
    }

    @Test
    void givenAnActiveAccount_whenTheKeyIsReset_thenLinkagesAndSessionsAreRevoked_theOldKeyFails_andItIsInactive() {
        CoreFixture.Citizen citizen = fixture.activeSelf(reception, patient);
        List<Long> revoked = new ArrayList<>();
        fixture.core.sessionRevocations().listen(revoked::add);

        RegistrationLetter fresh = fixture.core.linkageKeys().issueLinkageKey(reception, citizen.vuaId(), "Forgotten password");

        assertThat(fresh.replacesEarlierLetter()).isTrue();
        assertThat(fresh.linkageKey()).isNotEqualTo(citizen.letter().linkageKey());
        assertThat(revoked).containsExactly(citizen.vuaId());
        assertThat(fixture.core.citizens().isCurrent(citizen.session())).isFalse();
        AccountDetails details = accounts.details(reception, citizen.vuaId());
        assertThat(details.account().status()).isEqualTo(VuaStatus.INACTIVE);
        assertThat(details.linkages()).allMatch(l -> !l.isLive());
        assertThatThrownBy(() -> fixture.core.citizens().signIn(citizen.username(), CoreFixture.PASSWORD))
                .isInstanceOf(SignInFailedException.class);
        assertThatThrownBy(() -> fixture.register(citizen.letter(), patient, "old.letter"))
                .isInstanceOf(SignInFailedException.class).hasMessage(LinkageCheckService.DO_NOT_MATCH);

        fixture.register(fresh, patient, citizen.username());
        assertThat(status(citizen.vuaId())).isEqualTo(VuaStatus.ACTIVE);
    }

    @Test
    void givenAKeyAlreadyIssued_whenReissuedWithoutAReason_thenRefusedAndNothingChanges() {
        CoreFixture.Citizen citizen = fixture.activeSelf(reception, patient);

        assertThatThrownBy(() -> fixture.core.linkageKeys().issueLinkageKey(reception, citizen.vuaId(), " "))
                .isInstanceOf(InvalidValueException.class);
        assertThat(fixture.core.citizens().isCurrent(citizen.session())).isTrue();
        assertThat(status(citizen.vuaId())).isEqualTo(VuaStatus.ACTIVE);
    }

    @Test
    void givenStaffMakeAnAccountInactive_thenItStaysSoThroughOtherChanges_untilReinstated() {
        CoreFixture.Citizen citizen = fixture.activeSelf(reception, patient);

        accounts.suspend(reception, citizen.vuaId(), "Unusual activity reported");
        assertThat(status(citizen.vuaId())).isEqualTo(VuaStatus.INACTIVE);
        assertThat(fixture.core.citizens().isCurrent(citizen.session())).isFalse();

        fixture.core.identityVerifications().verifyIdentity(reception, citizen.vuaId(), CoreFixture.passportSeen());
        assertThat(status(citizen.vuaId())).as("a later change does not lift it").isEqualTo(VuaStatus.INACTIVE);

        accounts.reinstate(reception, citizen.vuaId(), "Citizen confirmed the activity was theirs");
        assertThat(status(citizen.vuaId())).isEqualTo(VuaStatus.ACTIVE);
    }

    @Test
    void givenAnInactiveAccountMissingConditions_whenStaffTryToActivateIt_thenRefusedWithWhatIsMissing() {
        Vua vua = fixture.account(reception, patient);

        assertThatThrownBy(() -> accounts.reinstate(reception, vua.id(), "please"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("identity has not been verified")
                .hasMessageContaining("no current patient association");
        assertThat(status(vua.id())).isEqualTo(VuaStatus.INACTIVE);
    }

    @Test
    void givenAStatusChange_thenItIsRecordedWithWhoAndWhy() {
        CoreFixture.Citizen citizen = fixture.activeSelf(reception, patient);
        accounts.suspend(reception, citizen.vuaId(), "Lost phone");

        AccountDetails details = accounts.details(reception, citizen.vuaId());
        assertThat(details.history()).filteredOn(h -> h.kind() == HistoryKind.STATUS)
                .anyMatch(h -> h.description().equals("ACTIVE → INACTIVE: Lost phone")
                        && h.changedBy().equals(reception.label()));
        assertThat(fixture.audit().withAction(AuditAction.ACCOUNT_STATUS_CHANGED.name(), 500))
                .anyMatch(e -> citizen.letter().accountId().equals(e.accountId())
                        && "ACTIVE to INACTIVE".equals(e.detail()) && e.actor().equals(reception.label()));
    }

    @Test
    void givenDemographicsEdited_thenHistoryShowsWhatChanged() {
        Vua vua = fixture.account(reception, patient);

        accounts.editDetails(reception, vua.id(), new org.citizenservices.core.api.domain.PersonName("Dr", "Pat",
                "Lifecycle-Jones"), vua.dateOfBirth(), org.citizenservices.core.api.domain.ContactDetails.of(null, null,
                null, "pat@example.com"));

        assertThat(accounts.details(reception, vua.id()).history()).filteredOn(h -> h.kind() == HistoryKind.DEMOGRAPHICS)
                .singleElement().satisfies(h -> assertThat(h.description())
                        .contains("Lifecycle-Jones").contains("email"));
    }

    @Test
    void givenIdentityDocumentsWithAnUploadedScan_thenTheFileIsKeptInTheDatabase_flaggedOutOfGp2gp_andReadingItIsAudited() {
        Vua vua = fixture.account(reception, patient);
        byte[] scan = "%PDF-1.7 passport scan".getBytes();

        IdentityVerificationDetails verification = fixture.core.identityVerifications().verifyIdentity(reception, vua.id(), new IdentityCheck(
                LocalDate.of(2026, 11, 20), VerificationMethod.IDENTITY_DOCUMENTATION, IdentityDocument.PASSPORT, null,
                null, new IdentityCheck.Evidence("passport.pdf", "application/pdf", scan)));

        assertThat(verification.excludedFromGp2gp()).isTrue();
        IdentityCheck.Evidence evidence = fixture.core.identityVerifications().evidence(reception, verification.id());
        assertThat(evidence.content()).isEqualTo(scan);
        assertThat(evidence.contentType()).isEqualTo("application/pdf");
        assertThat(fixture.audit().withAction(AuditAction.EVIDENCE_VIEWED.name(), 10))
                .anyMatch(e -> vua.accountId().value().equals(e.accountId()));
    }

    @Test
    void givenAVerificationDateInTheFuture_thenRefused() {
        Vua vua = fixture.account(reception, patient);
        assertThatThrownBy(() -> fixture.core.identityVerifications().verifyIdentity(reception, vua.id(), new IdentityCheck(
                LocalDate.of(2026, 12, 25), VerificationMethod.VOUCHING, null, "Dr Who", null, null)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(accounts.details(reception, vua.id()).identityVerifications()).isEmpty();
    }
}
