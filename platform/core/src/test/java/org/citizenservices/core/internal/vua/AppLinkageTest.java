package org.citizenservices.core.internal.vua;

import org.citizenservices.core.api.vua.AccountLinkageDetails;
import org.citizenservices.core.api.vua.AccountDetails;
import org.citizenservices.core.api.vua.AccessIdentityRefused;
import org.citizenservices.core.api.vua.AppLink;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.core.api.vua.LinkageKind;
import org.citizenservices.core.api.vua.RegistrationLetter;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.vua.SignedInCitizen;
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
import static org.citizenservices.spi.CitizenService.APPOINTMENTS;

/** Scenario 2 in the core: apps linked with the letter's details, one account to several apps, each revocable. */
class AppLinkageTest extends OneCorePerClass {

    CoreFixture.Lettered at;

    @BeforeEach
    void verifiedAccountWithALetter() {
        at = fixture.lettered("Appuser", LocalDate.of(1988, 8, 8));
    }

    private LinkageDetails details() {
        return new LinkageDetails(at.letter().accountId(), at.letter().linkageKey(), "Appuser",
                LocalDate.of(1988, 8, 8), at.letter().odsCode());
    }

    @Test
    void givenEightAppsLinkingOneAccountAtOnce_thenEveryLinkageSucceeds() throws Exception {
        // a family's phones after the letter arrives; unserialised, two linkages of one account deadlocked in the
        // database and one was answered 500
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<SignedInCitizen>> linked = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String app = "App " + i;
            linked.add(pool.submit(() -> {
                go.await();
                return fixture.core.citizens().linkApp(details(), fixture.app(app)).citizen();
            }));
        }
        go.countDown();
        List<Long> linkages = new ArrayList<>();
        for (java.util.concurrent.Future<SignedInCitizen> one : linked) {
            linkages.add(one.get(2, java.util.concurrent.TimeUnit.MINUTES).linkageId());
        }
        pool.shutdown();

        assertThat(linkages).doesNotHaveDuplicates().hasSize(8);
        assertThat(fixture.core.accounts().details(at.reception(), at.vua().id()).linkages()).hasSize(8);
    }

    @Test
    void givenTwoApps_thenEachHasItsOwnLinkage_theAccountIsActive_andTheSameKeyServesBoth() {
        SignedInCitizen first = fixture.core.citizens().linkApp(details(), fixture.app("Healthy Me")).citizen();
        SignedInCitizen second = fixture.core.citizens().linkApp(details(), fixture.app("GP Buddy")).citizen();

        assertThat(first.linkageId()).isNotEqualTo(second.linkageId());
        assertThat(first.appName()).startsWith("Healthy Me (app ");
        AccountDetails account = fixture.core.accounts().details(at.reception(), at.vua().id());
        assertThat(account.account().status()).isEqualTo(VuaStatus.ACTIVE);
        assertThat(account.linkages()).extracting(AccountLinkageDetails::kind).containsOnly(LinkageKind.APP).hasSize(2);
        assertThat(fixture.core.access().decide(second, at.patient().id(), APPOINTMENTS)).isEmpty();
    }

    @Test
    void anAppMustGiveThePracticeCode() {
        assertThatThrownBy(() -> fixture.core.citizens().linkApp(new LinkageDetails(at.letter().accountId(),
                at.letter().linkageKey(), "Appuser", LocalDate.of(1988, 8, 8), null), fixture.app("Healthy Me")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ODS code");
    }

    @Test
    void givenOneAppDisconnectedByStaff_thenOnlyItsSessionsEnd_andTheAccountStaysActiveWhileAnotherLinkageLives() {
        SignedInCitizen first = fixture.core.citizens().linkApp(details(), fixture.app("Healthy Me")).citizen();
        SignedInCitizen second = fixture.core.citizens().linkApp(details(), fixture.app("GP Buddy")).citizen();
        List<Long> told = new ArrayList<>();
        fixture.core.sessionRevocations().listen(told::add);

        fixture.core.linkageKeys().revokeLinkage(at.reception(), first.linkageId(), "Phone reported stolen");

        assertThat(told).containsExactly(at.vua().id());
        assertThat(fixture.core.citizens().isCurrent(first)).isFalse();
        assertThat(fixture.core.citizens().isCurrent(second)).isTrue();
        assertThat(fixture.core.access().decide(first, at.patient().id(), APPOINTMENTS)).isPresent();
        assertThat(fixture.core.access().decide(second, at.patient().id(), APPOINTMENTS)).isEmpty();

        fixture.core.linkageKeys().revokeLinkage(at.reception(), second.linkageId(), "Asked to disconnect");
        assertThat(fixture.core.accounts().details(at.reception(), at.vua().id()).account().status())
                .isEqualTo(VuaStatus.INACTIVE);
    }

    @Test
    void givenTheKeyReset_thenEveryAppIsDisconnected_andTheOldDetailsNoLongerLink() {
        SignedInCitizen app = fixture.core.citizens().linkApp(details(), fixture.app("Healthy Me")).citizen();

        fixture.core.linkageKeys().issueLinkageKey(at.reception(), at.vua().id(), "Details shared with a stranger");

        assertThat(fixture.core.citizens().isCurrent(app)).isFalse();
        assertThatThrownBy(() -> fixture.core.citizens().linkApp(details(), fixture.app("Healthy Me")))
                .isInstanceOf(SignInFailedException.class);
    }

    @Test
    void givenTheCitizenDisconnectsAnApp_thenOnlyThatAppStops_andNobodyElseCanDisconnectIt() {
        fixture.register(at.letter(), at.patient(), "app.owner." + at.vua().id());
        SignedInCitizen portal = fixture.core.citizens().signIn("app.owner." + at.vua().id(), CoreFixture.PASSWORD);
        SignedInCitizen app = fixture.core.citizens().linkApp(details(), fixture.app("Healthy Me")).citizen();
        assertThat(fixture.core.citizens().connectedApps(portal)).extracting(AccountLinkageDetails::appName)
                .containsExactly("Healthy Me");

        CoreFixture.Citizen stranger = fixture.activeSelf(at.reception(),
                fixture.patient(at.practice(), "Stranger", LocalDate.of(1970, 1, 1)));
        assertThatThrownBy(() -> fixture.core.citizens().disconnectApp(stranger.session(), app.linkageId()))
                .isInstanceOf(org.citizenservices.core.api.service.NotFoundException.class);
        assertThat(fixture.core.citizens().isCurrent(app)).isTrue();

        fixture.core.citizens().disconnectApp(portal, app.linkageId());

        assertThat(fixture.core.citizens().isCurrent(app)).isFalse();
        assertThat(fixture.core.citizens().isCurrent(portal)).isTrue();
        assertThat(fixture.core.citizens().connectedApps(portal)).isEmpty();
    }

    @Test
    void theAccessIdentityOpensAppSessions_untilRevoked_andNeverForAnInactiveAccount() {
        var healthyMe = fixture.app("Healthy Me");
        AppLink link = fixture.core.citizens().linkApp(details(), healthyMe);
        assertThat(link.accessIdentity()).hasSize(43).doesNotContain(at.letter().linkageKey());
        assertThat(link.toString()).doesNotContain(link.accessIdentity());

        assertThat(fixture.core.citizens().openAppSession(link.accessIdentity(), healthyMe).linkageId())
                .isEqualTo(link.citizen().linkageId());
        assertThat(link.citizen().actor().source()).contains("Healthy Me (app " + healthyMe.clientId() + ")");
        // another registered app that got hold of the identity is told what a stranger is told
        assertThatThrownBy(() -> fixture.core.citizens().openAppSession(link.accessIdentity(),
                fixture.app("Other App")))
                .extracting(e -> ((AccessIdentityRefused) e).reason()).isEqualTo(AccessIdentityRefused.Reason.UNKNOWN);
        assertThat(fixture.core.audit().withAction("CITIZEN_SIGN_IN", 1)).first()
                .satisfies(e -> assertThat(e.detail()).contains("another app"));
        assertThatThrownBy(() -> fixture.core.citizens().openAppSession("not-an-identity", healthyMe))
                .isInstanceOf(AccessIdentityRefused.class)
                .extracting(e -> ((AccessIdentityRefused) e).reason()).isEqualTo(AccessIdentityRefused.Reason.UNKNOWN);

        fixture.core.accounts().suspend(at.reception(), at.vua().id(), "Unusual activity");
        assertThatThrownBy(() -> fixture.core.citizens().openAppSession(link.accessIdentity(), healthyMe))
                .extracting(e -> ((AccessIdentityRefused) e).reason())
                .isEqualTo(AccessIdentityRefused.Reason.ACCOUNT_INACTIVE);
        fixture.core.accounts().reinstate(at.reception(), at.vua().id(), "Checked");

        fixture.core.linkageKeys().issueLinkageKey(at.reception(), at.vua().id(), "Forgotten password");
        assertThatThrownBy(() -> fixture.core.citizens().openAppSession(link.accessIdentity(), healthyMe))
                .extracting(e -> ((AccessIdentityRefused) e).reason()).isEqualTo(AccessIdentityRefused.Reason.REVOKED);
    }

    @Test
    void givenParallelWrongAttempts_thenNoMoreThanFiveAreCheckedBeforeTheLock() throws Exception {
        LinkageDetails wrong = new LinkageDetails(at.letter().accountId(), "Ab3Cd4Ef5Gh6Jk7M", "Appuser",
                LocalDate.of(1988, 8, 8), at.letter().odsCode());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    try {
                        fixture.core.linkageCheck().verify(wrong,
                                org.citizenservices.core.api.service.Actor.system(null));
                        return "linked";
                    } catch (SignInFailedException e) {
                        return e.getMessage();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (var answer : answers) {
                results.add(answer.get());
            }
            // one answer for all, locked or not: only the audit trail knows which attempts were checked
            assertThat(results).containsOnly(org.citizenservices.core.api.vua.LinkageCheck.DO_NOT_MATCH);
            List<org.citizenservices.core.internal.audit.AuditEvent> attempts = fixture.audit()
                    .withAction(org.citizenservices.core.api.audit.AuditAction.LINKAGE_ATTEMPT.name(), 1000).stream()
                    .filter(e -> at.letter().accountId().equals(e.accountId())).toList();
            assertThat(attempts).filteredOn(e -> e.outcome() == org.citizenservices.core.api.audit.Outcome.FAILED)
                    .hasSize(LinkageCheckService.MAX_FAILURES - 1);
            assertThat(attempts).filteredOn(e -> e.outcome() == org.citizenservices.core.api.audit.Outcome.DENIED)
                    .hasSize(20 - LinkageCheckService.MAX_FAILURES + 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
