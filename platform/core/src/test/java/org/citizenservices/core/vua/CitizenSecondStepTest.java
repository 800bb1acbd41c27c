package org.citizenservices.core.vua;

import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.security.TotpCodes;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.vua.CitizenSignIn;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A citizen's optional two-step sign-in: off by default; on only once an app's code proves the enrolment; then the
 * password alone no longer signs in, a code works once, a recovery code once; off again with the password; and a
 * new registration letter clears it with the sign-in it belonged to.
 */
class CitizenSecondStepTest extends OneCorePerClass {

    final TotpCodes totp = new TotpCodes();
    CoreFixture.Citizen citizen;
    CoreFixture.Surgery surgery;

    @BeforeEach
    void citizen() {
        surgery = fixture.surgery("Okafor", LocalDate.of(1962, 4, 2));
        citizen = fixture.activeSelf(surgery.reception(), surgery.patient());
    }

    @Test
    void givenSecondStepTurnedOn_whenSigningIn_thenTheCodeIsNeededAndEachCodeWorksOnce() {
        assertThat(fixture.core.citizens().secondStepOn(citizen.session())).isFalse();
        String secret = TotpCodes.newSecret();
        assertThatThrownBy(() -> fixture.core.citizens().turnOnSecondStep(citizen.session(), CoreFixture.PASSWORD, secret, "000000"))
                .isInstanceOf(InvalidValueException.class);
        assertThat(fixture.core.citizens().secondStepOn(citizen.session())).as("nothing kept").isFalse();

        List<String> recovery = fixture.core.citizens().turnOnSecondStep(citizen.session(), CoreFixture.PASSWORD, secret, code(secret));
        assertThat(recovery).hasSize(TotpCodes.RECOVERY_CODES);
        assertThat(fixture.core.citizens().secondStepOn(citizen.session())).isTrue();
        assertThatThrownBy(() -> fixture.core.citizens().signIn(citizen.username(), CoreFixture.PASSWORD))
                .isInstanceOf(SignInFailedException.class);

        CitizenSignIn.PasswordAccepted accepted = fixture.core.citizens().checkPassword(citizen.username(),
                CoreFixture.PASSWORD);
        assertThat(accepted.signedIn()).isEmpty();
        assertThatThrownBy(() -> fixture.core.citizens().secondFactor(accepted, code(secret)))
                .as("the code that turned it on is used").hasMessageStartingWith("That code");
        fixture.clock.advance(Duration.ofSeconds(30));
        SignedInCitizen signedIn = fixture.core.citizens().secondFactor(accepted, code(secret));
        assertThat(signedIn.vuaId()).isEqualTo(citizen.vuaId());

        CitizenSignIn.PasswordAccepted again = fixture.core.citizens().checkPassword(citizen.username(),
                CoreFixture.PASSWORD);
        assertThat(fixture.core.citizens().secondFactor(again, recovery.get(0)).vuaId()).isEqualTo(citizen.vuaId());
        CitizenSignIn.PasswordAccepted third = fixture.core.citizens().checkPassword(citizen.username(),
                CoreFixture.PASSWORD);
        assertThatThrownBy(() -> fixture.core.citizens().secondFactor(third, recovery.get(0)))
                .as("a recovery code works once").isInstanceOf(SignInFailedException.class);
        fixture.clock.advance(CitizenSignIn.SECOND_STEP_WINDOW.plusSeconds(1));
        assertThatThrownBy(() -> fixture.core.citizens().secondFactor(third, recovery.get(1)))
                .hasMessageContaining("too long");
        assertThat(fixture.core.audit().withAction("SECOND_FACTOR_CHANGED", 50))
                .filteredOn(e -> citizen.session().accountId().equals(e.accountId())).hasSize(1);
    }

    @Test
    void givenSecondStepOn_whenTurnedOffWithThePasswordOrByANewLetter_thenThePasswordAloneSignsInAgain() {
        String secret = TotpCodes.newSecret();
        fixture.core.citizens().turnOnSecondStep(citizen.session(), CoreFixture.PASSWORD, secret, code(secret));
        assertThatThrownBy(() -> fixture.core.citizens().turnOffSecondStep(citizen.session(), "wrong password"))
                .isInstanceOf(InvalidValueException.class);
        int failures = fixture.core.transactions().read(em -> em.find(
                org.citizenservices.core.internal.vua.Vua.class, citizen.vuaId()).signInFailures());
        assertThat(failures).as("a wrong password counts towards the pauses").isEqualTo(1);
        fixture.core.citizens().turnOffSecondStep(citizen.session(), CoreFixture.PASSWORD);
        assertThat(fixture.core.citizens().signIn(citizen.username(), CoreFixture.PASSWORD).vuaId())
                .isEqualTo(citizen.vuaId());

        fixture.clock.advance(Duration.ofSeconds(30));
        fixture.core.citizens().turnOnSecondStep(citizen.session(), CoreFixture.PASSWORD, secret, code(secret));
        fixture.core.linkageKeys().issueLinkageKey(surgery.reception(), citizen.vuaId(), "Lost phone");
        String left = fixture.core.transactions().read(em -> em.find(
                org.citizenservices.core.internal.vua.Vua.class, citizen.vuaId()).totpSecret());
        assertThat(left).as("a new letter clears the second step").isNull();
    }

    @Test
    void givenASessionLeftOpen_whenSomeoneTriesToAddTheirAuthenticator_thenThePasswordIsNeededAndCountsTowardsAPause() {
        String secret = TotpCodes.newSecret();
        assertThatThrownBy(() -> fixture.core.citizens().turnOnSecondStep(citizen.session(), "a guess", secret,
                code(secret))).isInstanceOf(InvalidValueException.class).hasMessageContaining("password");
        assertThat(fixture.core.citizens().secondStepOn(citizen.session())).isFalse();
        int failures = fixture.core.transactions().read(em -> em.find(
                org.citizenservices.core.internal.vua.Vua.class, citizen.vuaId()).signInFailures());
        assertThat(failures).as("a wrong password counts towards the pauses").isEqualTo(1);
        assertThat(fixture.core.audit().withAction("SECOND_FACTOR_CHANGED", 50))
                .filteredOn(e -> citizen.session().accountId().equals(e.accountId()))
                .extracting(e -> e.detail()).containsExactly("on refused: password wrong or paused");

        fixture.core.citizens().turnOnSecondStep(citizen.session(), CoreFixture.PASSWORD, secret, code(secret));
        fixture.clock.advance(Duration.ofSeconds(30));
        String another = TotpCodes.newSecret();
        assertThatThrownBy(() -> fixture.core.citizens().turnOnSecondStep(citizen.session(), CoreFixture.PASSWORD,
                another, code(another))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already on");
    }

    @Test
    void givenAnAccountJoinedFromAnotherPractice_thenItsSecondStepIsTheSignInsOwn() {
        SignedInCitizen joinedLike = new SignedInCitizen(citizen.vuaId(), citizen.session().accountId(),
                citizen.session().practiceId(), citizen.session().linkageId(), "x",
                org.citizenservices.core.api.vua.LinkageKind.PORTAL, "Citizen portal");
        assertThat(fixture.core.citizens().secondStepOn(joinedLike)).isFalse();
        CoreFixture.Lettered other = fixture.lettered("Adeyemi", LocalDate.of(1980, 1, 1));
        SignedInCitizen noPassword = new SignedInCitizen(other.vua().id(), other.letter().accountId(),
                other.practice().id(), 0, "x", org.citizenservices.core.api.vua.LinkageKind.PORTAL, "Citizen portal");
        assertThatThrownBy(() -> fixture.core.citizens().turnOnSecondStep(noPassword, "x", TotpCodes.newSecret(), "1"))
                .isInstanceOf(RuleViolationException.class);
    }

    private String code(String secret) {
        return totp.codeAt(secret, fixture.clock.instant());
    }
}
