package org.citizenservices.core.operator;

import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.practice.StaffSignIn;
import org.citizenservices.core.api.security.TotpCodes;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.support.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A new practice user's activation link (password and authenticator, proved by a code) and then the two-step
 * sign-in: a code is good once, a recovery code once, and the second step waits five minutes at most.
 */
class StaffActivationTest {

    static final String PASSWORD = "Heron-Lantern-Meadow";

    @TempDir
    Path dir;
    CoreFixture fixture;
    final TotpCodes totp = new TotpCodes();
    String token;

    @BeforeEach
    void practiceWithANewManager() {
        fixture = new CoreFixture(dir);
        Provisioning.Operator operator = new Provisioning.Operator("ops");
        fixture.core.provisioning().addPractice(operator, new Provisioning.NewPractice("E85005", "Elm Surgery",
                null, null, null));
        token = fixture.core.provisioning().addStaff(operator, new Provisioning.NewStaffUser("E85005", "erin",
                "Erin Walsh", "erin@example.nhs.uk", StaffRole.PRACTICE_ADMIN)).activationToken();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenAnActivationLink_whenTheCodeOrPasswordIsWrong_thenNothingIsSetAndTheLinkStillWorks() {
        String secret = TotpCodes.newSecret();

        assertThatThrownBy(() -> fixture.core.staffActivation().activate(token, PASSWORD, secret, "000000"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("code is not right");
        assertThatThrownBy(() -> fixture.core.staffActivation().activate(token, "password1234", secret, now(secret)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("too common");
        assertThatThrownBy(() -> fixture.core.staffActivation().activate(token, "Eleven-char", secret, now(secret)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> fixture.core.staffSignIn().checkPassword("erin", PASSWORD))
                .isInstanceOf(SignInFailedException.class);
        assertThat(fixture.core.staffActivation().pending(token)).isPresent();
    }

    @Test
    void givenAnActivatedAccount_whenSigningIn_thenThePasswordAloneIsNotEnoughAndEachCodeWorksOnce() {
        String secret = TotpCodes.newSecret();
        List<String> recovery = fixture.core.staffActivation().activate(token, PASSWORD, secret, now(secret));
        assertThat(recovery).hasSize(TotpCodes.RECOVERY_CODES).doesNotHaveDuplicates();
        assertThat(fixture.core.staffActivation().pending(token)).as("the link is used up").isEmpty();
        assertThatThrownBy(() -> fixture.core.staffActivation().activate(token, PASSWORD, secret, now(secret)))
                .isInstanceOf(NotFoundException.class);

        StaffSignIn.PasswordAccepted first = fixture.core.staffSignIn().checkPassword("erin", PASSWORD);
        assertThat(first.signedIn()).as("a real account needs its second factor").isEmpty();
        assertThatThrownBy(() -> fixture.core.staffSignIn().signIn("erin", PASSWORD))
                .isInstanceOf(SignInFailedException.class);
        assertThatThrownBy(() -> fixture.core.staffSignIn().secondFactor(first, now(secret)))
                .as("the code used to activate is not good again").isInstanceOf(SignInFailedException.class);

        fixture.clock.advance(Duration.ofSeconds(30));
        StaffMember erin = fixture.core.staffSignIn().secondFactor(first, now(secret));
        assertThat(erin.roles()).containsExactly(StaffRole.PRACTICE_ADMIN);
        assertThat(erin.demo()).isFalse();
        StaffSignIn.PasswordAccepted again = fixture.core.staffSignIn().checkPassword("erin", PASSWORD);
        assertThatThrownBy(() -> fixture.core.staffSignIn().secondFactor(again, now(secret)))
                .as("nor is one used to sign in").isInstanceOf(SignInFailedException.class);

        String recoveryCode = recovery.get(3);
        assertThat(fixture.core.staffSignIn().secondFactor(again, recoveryCode.toUpperCase()).username())
                .isEqualTo("erin");
        assertThatThrownBy(() -> fixture.core.staffSignIn().secondFactor(again, recoveryCode))
                .as("a recovery code works once").isInstanceOf(SignInFailedException.class);
        assertThat(fixture.core.audit().withAction("STAFF_ACTIVATED", 5)).hasSize(1);
    }

    @Test
    void givenTheRightPassword_whenCodesAreGuessed_thenSigningInAgainDoesNotClearTheCountAndAPauseFollows() {
        String secret = TotpCodes.newSecret();
        fixture.core.staffActivation().activate(token, PASSWORD, secret, now(secret));
        for (int round = 0; round < 3; round++) {
            StaffSignIn.PasswordAccepted password = fixture.core.staffSignIn().checkPassword("erin", PASSWORD);
            for (int guess = 0; guess < 2; guess++) {
                assertThatThrownBy(() -> fixture.core.staffSignIn().secondFactor(password, "000000"))
                        .isInstanceOf(SignInFailedException.class);
            }
        }
        assertThatThrownBy(() -> fixture.core.staffSignIn().checkPassword("erin", PASSWORD))
                .as("six wrong codes: paused, even for the right password").isInstanceOf(SignInFailedException.class);
        assertThat(fixture.core.audit().withAction("SIGN_IN_PAUSED", 5)).isNotEmpty();
    }

    @Test
    void givenThePassword_whenTheCodeComesAfterFiveMinutes_thenSignInStartsAgain() {
        String secret = TotpCodes.newSecret();
        fixture.core.staffActivation().activate(token, PASSWORD, secret, now(secret));
        StaffSignIn.PasswordAccepted first = fixture.core.staffSignIn().checkPassword("erin", PASSWORD);

        fixture.clock.advance(Duration.ofMinutes(6));

        assertThatThrownBy(() -> fixture.core.staffSignIn().secondFactor(first, now(secret)))
                .isInstanceOf(SignInFailedException.class).hasMessageContaining("too long");
    }

    @Test
    void givenAnActivationLink_whenItIsOlderThan72Hours_thenItNoLongerWorks() {
        fixture.clock.advance(Duration.ofHours(72).plusMinutes(1));

        assertThat(fixture.core.staffActivation().pending(token)).isEmpty();
        String secret = TotpCodes.newSecret();
        assertThatThrownBy(() -> fixture.core.staffActivation().activate(token, PASSWORD, secret, now(secret)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("72 hours");
    }

    private String now(String secret) {
        return totp.codeAt(secret, fixture.clock.instant());
    }
}
