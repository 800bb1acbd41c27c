package org.citizenservices.core.vua;

import org.citizenservices.core.access.VuaStatus;
import org.citizenservices.core.domain.InvalidValueException;
import org.citizenservices.core.patient.Patient;
import org.citizenservices.core.practice.Practice;
import org.citizenservices.core.practice.StaffRole;
import org.citizenservices.core.service.SignInFailedException;
import org.citizenservices.core.service.SignedInCitizen;
import org.citizenservices.core.service.StaffMember;
import org.citizenservices.core.support.CoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenservices.spi.CitizenService.APPOINTMENTS;

/** Scenario 2 in the core: apps linked with the letter's details, one account to several apps, each revocable. */
class AppLinkageTest {

    @TempDir
    static Path dir;
    static CoreFixture fixture;

    Practice practice;
    StaffMember reception;
    Patient patient;
    Vua vua;
    RegistrationLetter letter;

    @BeforeAll
    static void open() {
        fixture = new CoreFixture(dir);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @BeforeEach
    void verifiedAccountWithALetter() {
        practice = fixture.practice();
        reception = fixture.staff(practice, StaffRole.RECEPTIONIST);
        patient = fixture.patient(practice, "Appuser", LocalDate.of(1988, 8, 8));
        vua = fixture.account(reception, patient);
        fixture.core.accounts().verifyIdentity(reception, vua.id(), CoreFixture.passportSeen());
        fixture.core.accounts().associate(reception, vua.id(), patient.id(), AssociationRequest.self(LocalDate.of(2026, 11, 1)));
        letter = fixture.core.accounts().issueLinkageKey(reception, vua.id(), null);
    }

    private LinkageDetails details() {
        return new LinkageDetails(letter.accountId(), letter.linkageKey(), "Appuser", LocalDate.of(1988, 8, 8),
                letter.odsCode());
    }

    @Test
    void givenTwoApps_thenEachHasItsOwnLinkage_theAccountIsActive_andTheSameKeyServesBoth() {
        SignedInCitizen first = fixture.core.citizens().linkApp(details(), "Healthy Me");
        SignedInCitizen second = fixture.core.citizens().linkApp(details(), "GP Buddy");

        assertThat(first.linkageId()).isNotEqualTo(second.linkageId());
        assertThat(first.appName()).isEqualTo("Healthy Me");
        AccountDetails account = fixture.core.accounts().details(reception, vua.id());
        assertThat(account.account().status()).isEqualTo(VuaStatus.ACTIVE);
        assertThat(account.linkages()).extracting(AccountLinkage::kind).containsOnly(LinkageKind.APP).hasSize(2);
        assertThat(fixture.core.access().decide(second, patient.id(), APPOINTMENTS)).isEmpty();
    }

    @Test
    void anAppMustGiveThePracticeCode() {
        assertThatThrownBy(() -> fixture.core.citizens().linkApp(new LinkageDetails(letter.accountId(),
                letter.linkageKey(), "Appuser", LocalDate.of(1988, 8, 8), null), "Healthy Me"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ODS code");
    }

    @Test
    void givenOneAppDisconnectedByStaff_thenOnlyItsSessionsEnd_andTheAccountStaysActiveWhileAnotherLinkageLives() {
        SignedInCitizen first = fixture.core.citizens().linkApp(details(), "Healthy Me");
        SignedInCitizen second = fixture.core.citizens().linkApp(details(), "GP Buddy");
        List<Long> told = new ArrayList<>();
        fixture.core.sessionRevocations().listen(told::add);

        fixture.core.accounts().revokeLinkage(reception, first.linkageId(), "Phone reported stolen");

        assertThat(told).containsExactly(vua.id());
        assertThat(fixture.core.citizens().isCurrent(first)).isFalse();
        assertThat(fixture.core.citizens().isCurrent(second)).isTrue();
        assertThat(fixture.core.access().decide(first, patient.id(), APPOINTMENTS)).isPresent();
        assertThat(fixture.core.access().decide(second, patient.id(), APPOINTMENTS)).isEmpty();

        fixture.core.accounts().revokeLinkage(reception, second.linkageId(), "Asked to disconnect");
        assertThat(fixture.core.accounts().details(reception, vua.id()).account().status()).isEqualTo(VuaStatus.INACTIVE);
    }

    @Test
    void givenTheKeyReset_thenEveryAppIsDisconnected_andTheOldDetailsNoLongerLink() {
        SignedInCitizen app = fixture.core.citizens().linkApp(details(), "Healthy Me");

        fixture.core.accounts().issueLinkageKey(reception, vua.id(), "Details shared with a stranger");

        assertThat(fixture.core.citizens().isCurrent(app)).isFalse();
        assertThatThrownBy(() -> fixture.core.citizens().linkApp(details(), "Healthy Me"))
                .isInstanceOf(SignInFailedException.class);
    }

    @Test
    void givenTheCitizenDisconnectsAnApp_thenOnlyThatAppStops_andNobodyElseCanDisconnectIt() {
        fixture.register(letter, patient, "app.owner." + vua.id());
        SignedInCitizen portal = fixture.core.citizens().signIn("app.owner." + vua.id(), CoreFixture.PASSWORD);
        SignedInCitizen app = fixture.core.citizens().linkApp(details(), "Healthy Me");
        assertThat(fixture.core.citizens().connectedApps(portal)).extracting(AccountLinkage::appName)
                .containsExactly("Healthy Me");

        CoreFixture.Citizen stranger = fixture.activeSelf(reception,
                fixture.patient(practice, "Stranger", LocalDate.of(1970, 1, 1)));
        assertThatThrownBy(() -> fixture.core.citizens().disconnectApp(stranger.session(), app.linkageId()))
                .isInstanceOf(org.citizenservices.core.service.NotFoundException.class);
        assertThat(fixture.core.citizens().isCurrent(app)).isTrue();

        fixture.core.citizens().disconnectApp(portal, app.linkageId());

        assertThat(fixture.core.citizens().isCurrent(app)).isFalse();
        assertThat(fixture.core.citizens().isCurrent(portal)).isTrue();
        assertThat(fixture.core.citizens().connectedApps(portal)).isEmpty();
    }
}
