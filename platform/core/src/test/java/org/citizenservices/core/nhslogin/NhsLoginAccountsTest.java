package org.citizenservices.core.nhslogin;

import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.IdentityCheck;
import org.citizenservices.core.api.vua.LinkageKind;
import org.citizenservices.core.api.vua.NhsLoginAccounts;
import org.citizenservices.core.api.vua.NhsLoginRefused;
import org.citizenservices.core.api.vua.NhsLoginUser;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.vua.VerificationMethod;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.internal.vua.Vua;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * NL01 on a real database: a P9 NHS login user registered here gets their own account at once — no letter, no
 * desk — and the same account every time; one with an account from a letter keeps it; P5, an NHS number not
 * registered here, a birth date that differs and a suspended account are each refused by name, changing nothing.
 */
class NhsLoginAccountsTest extends OneCorePerClass {

    static final LocalDate BORN = LocalDate.of(1961, 7, 3);

    final NhsLoginAccounts nhsLogin = fixture.core.nhsLogin();

    @Test
    void givenAP9UserRegisteredHere_whenSigningInTwice_thenOneActiveAccountWithTheirOwnRecord_andNoLetter() {
        CoreFixture.Surgery surgery = fixture.surgery("Okonjo", BORN);
        NhsLoginUser user = p9(surgery.patient().nhsNumber(), BORN);

        SignedInCitizen first = nhsLogin.signIn(user, NhsLoginAccounts.PORTAL);
        SignedInCitizen again = nhsLogin.signIn(user, "NHS App");

        assertThat(first.channel()).isEqualTo(LinkageKind.NHS_LOGIN);
        assertThat(again.vuaId()).isEqualTo(first.vuaId());
        assertThat(again.linkageId()).as("one NHS login linkage").isEqualTo(first.linkageId());
        assertThat(again.actor().source()).isEqualTo("NHS login app: NHS App");
        Vua vua = vua(first);
        assertThat(vua.status()).isEqualTo(VuaStatus.ACTIVE);
        assertThat(vua.linkageKeyHash()).as("no linkage key").isNull();
        assertThat(fixture.core.citizens().actingFor(first)).singleElement()
                .satisfies(choice -> assertThat(choice.patientId()).isEqualTo(surgery.patient().id()));
        assertThat(fixture.core.access().availableServices(first, surgery.patient().id(), fixture.installed))
                .contains(CitizenService.APPOINTMENTS, CitizenService.RECORD);
        assertThat(verifications(first)).containsExactly(VerificationMethod.NHS_LOGIN);
        assertThat(fixture.core.audit().withAction("CITIZEN_SIGN_IN", 20))
                .filteredOn(e -> first.accountId().equals(e.accountId()))
                .extracting(e -> e.detail()).containsOnly("NHS login P9");
    }

    @Test
    void givenAnAccountFromALetter_whenTheSamePersonUsesNhsLogin_thenTheyGetThatAccount_provedOnceMore() {
        CoreFixture.Surgery surgery = fixture.surgery("Adebayo", BORN);
        CoreFixture.Citizen lettered = fixture.activeSelf(surgery.reception(), surgery.patient());

        SignedInCitizen viaNhsLogin = nhsLogin.signIn(p9(surgery.patient().nhsNumber(), BORN), "NHS App");
        nhsLogin.signIn(p9(surgery.patient().nhsNumber(), BORN), "NHS App");

        assertThat(viaNhsLogin.vuaId()).isEqualTo(lettered.vuaId());
        assertThat(verifications(viaNhsLogin)).containsExactlyInAnyOrder(VerificationMethod.IDENTITY_DOCUMENTATION,
                VerificationMethod.NHS_LOGIN);
        assertThat(fixture.core.citizens().isCurrent(lettered.session())).as("the portal sign-in stays").isTrue();
        assertThatThrownBy(() -> fixture.core.citizens().changePassword(viaNhsLogin, CoreFixture.PASSWORD,
                "Another-Long-Password-2026")).as("NHS login keeps it").hasMessageContaining("NHS login");
        assertThatThrownBy(() -> fixture.core.citizens().turnOffSecondStep(viaNhsLogin, CoreFixture.PASSWORD))
                .hasMessageContaining("NHS login");
    }

    @Test
    void givenP5_orANumberNotRegisteredHere_orAnotherBirthDate_thenRefusedByName_andNothingIsMade() {
        CoreFixture.Surgery surgery = fixture.surgery("Nwosu", BORN);
        var nhs = surgery.patient().nhsNumber();
        long accounts = accountCount();

        assertThatThrownBy(() -> nhsLogin.signIn(new NhsLoginUser("sub-p5", nhs, "P5", BORN), "NHS App"))
                .isInstanceOfSatisfying(NhsLoginRefused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(NhsLoginRefused.Reason.NOT_PROVED_HIGH));
        assertThatThrownBy(() -> nhsLogin.signIn(p9(fixture.nhsNumber(), BORN), "NHS App"))
                .isInstanceOfSatisfying(NhsLoginRefused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(NhsLoginRefused.Reason.NOT_REGISTERED_HERE));
        assertThatThrownBy(() -> nhsLogin.signIn(p9(nhs, BORN.plusDays(1)), "NHS App"))
                .isInstanceOfSatisfying(NhsLoginRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(NhsLoginRefused.Reason.DETAILS_DIFFER);
                    assertThat(refused.getMessage()).contains(surgery.practice().name());
                });

        assertThat(accountCount()).isEqualTo(accounts);
        assertThat(fixture.core.audit().withAction("CITIZEN_SIGN_IN", 20))
                .filteredOn(e -> e.actor().equals("NHS login user")).extracting(e -> e.detail())
                .contains("NHS login P5: P9 needed", "NHS login P9: NOT_REGISTERED_HERE",
                        "NHS login P9: DETAILS_DIFFER")
                .allSatisfy(detail -> assertThat(detail).doesNotContain(nhs.value()));
    }

    @Test
    void givenAnAccountThePracticeSuspended_thenNhsLoginDoesNotOpenIt() {
        CoreFixture.Surgery surgery = fixture.surgery("Eze", BORN);
        SignedInCitizen first = nhsLogin.signIn(p9(surgery.patient().nhsNumber(), BORN), NhsLoginAccounts.PORTAL);
        fixture.core.accounts().suspend(surgery.reception(), first.vuaId(), "Concern about coercion");

        assertThatThrownBy(() -> nhsLogin.signIn(p9(surgery.patient().nhsNumber(), BORN), NhsLoginAccounts.PORTAL))
                .isInstanceOfSatisfying(NhsLoginRefused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(NhsLoginRefused.Reason.SUSPENDED));
        assertThat(fixture.core.citizens().isCurrent(first)).isFalse();
    }

    @Test
    void givenAPracticeUser_whenRecordingAVerification_thenNhsLoginIsNotTheirsToChoose() {
        CoreFixture.Surgery surgery = fixture.surgery("Obi", BORN);
        Vua vua = fixture.account(surgery.reception(), surgery.patient());
        assertThatThrownBy(() -> fixture.core.identityVerifications().verifyIdentity(surgery.reception(), vua.id(),
                new IdentityCheck(LocalDate.of(2026, 11, 20), VerificationMethod.NHS_LOGIN, null, null, null, null)))
                .hasMessageContaining("NHS login records its own verification");
        assertThat(VerificationMethod.atTheDesk()).doesNotContain(VerificationMethod.NHS_LOGIN);
    }

    private static NhsLoginUser p9(org.citizenservices.core.api.domain.NhsNumber nhs, LocalDate born) {
        return new NhsLoginUser("sub-" + nhs.value(), nhs, NhsLoginUser.HIGH, born);
    }

    private Vua vua(SignedInCitizen citizen) {
        return fixture.core.transactions().read(em -> em.find(Vua.class, citizen.vuaId()));
    }

    private java.util.List<VerificationMethod> verifications(SignedInCitizen citizen) {
        return fixture.core.transactions().read(em -> em.createQuery("select v.method from IdentityVerification v"
                + " where v.vua.id = :vua", VerificationMethod.class).setParameter("vua", citizen.vuaId())
                .getResultList());
    }

    private long accountCount() {
        return fixture.core.transactions().read(em -> em.createQuery("select count(v) from Vua v", Long.class)
                .getSingleResult());
    }
}
