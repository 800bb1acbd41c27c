package org.citizenservices.core.operator;

import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.practice.StaffAccounts;
import org.citizenservices.core.api.security.TotpCodes;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.NotPermittedException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.support.OneCorePerClass;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A practice administrator manages their own staff, and only theirs, without locking themselves out. */
class StaffAccountsTest extends OneCorePerClass {

    static final String PASSWORD = "Heron-Lantern-Meadow";

    @Test
    void givenAnAdministrator_whenTheyAddChangeDisableAndResetStaff_thenEachTakesEffectAtOnce() {
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        StaffAccounts accounts = fixture.core.staffAccounts();

        Provisioning.Activation lee = accounts.add(admin, "lee.chen", "Lee Chen", "lee@example.nhs.uk",
                StaffRole.RECEPTIONIST);
        assertThat(accounts.list(admin)).anySatisfy(a -> {
            assertThat(a.username()).isEqualTo("lee.chen");
            assertThat(a.status()).isEqualTo(StaffAccounts.Status.AWAITING_ACTIVATION);
        });
        StaffMember signedIn = activateAndSignIn(lee.activationToken());
        assertThat(fixture.core.staffSignIn().isCurrent(signedIn)).isTrue();

        long leeId = signedIn.staffUserId();
        accounts.changeRole(admin, leeId, StaffRole.CLINICIAN);
        assertThat(fixture.core.staffSignIn().isCurrent(signedIn)).as("a new role needs a new sign-in").isFalse();
        accounts.setEnabled(admin, leeId, false);
        assertThatThrownBy(() -> fixture.core.staffSignIn().checkPassword("lee.chen", PASSWORD))
                .isInstanceOf(SignInFailedException.class);
        accounts.setEnabled(admin, leeId, true);

        Provisioning.Activation again = accounts.resetSignIn(admin, leeId);
        assertThatThrownBy(() -> fixture.core.staffSignIn().checkPassword("lee.chen", PASSWORD))
                .as("the old password works no more").isInstanceOf(SignInFailedException.class);
        assertThat(fixture.core.staffActivation().pending(again.activationToken())).isPresent();
        assertThat(activateAndSignIn(again.activationToken()).roles()).containsExactly(StaffRole.CLINICIAN);
    }

    @Test
    void givenAnAdministrator_whenTheyWouldLockThemselvesOutOrReachAnotherPractice_thenRefused() {
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        StaffMember reception = fixture.staff(practice, StaffRole.RECEPTIONIST);
        StaffMember otherAdmin = fixture.staff(fixture.practice(), StaffRole.PRACTICE_ADMIN);
        StaffAccounts accounts = fixture.core.staffAccounts();

        assertThatThrownBy(() -> accounts.setEnabled(admin, admin.staffUserId(), false))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> accounts.changeRole(admin, admin.staffUserId(), StaffRole.RECEPTIONIST))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> accounts.setEnabled(otherAdmin, reception.staffUserId(), false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.list(reception)).isInstanceOf(NotPermittedException.class);
        assertThat(accounts.list(otherAdmin)).extracting(StaffAccounts.StaffAccount::username)
                .doesNotContain(reception.username());
    }

    private static StaffMember activateAndSignIn(String token) {
        TotpCodes totp = new TotpCodes();
        String secret = TotpCodes.newSecret();
        String username = fixture.core.staffActivation().pending(token).orElseThrow().username();
        fixture.core.staffActivation().activate(token, PASSWORD, secret, totp.codeAt(secret, fixture.clock.instant()));
        fixture.clock.advance(Duration.ofSeconds(30));
        return fixture.core.staffSignIn().secondFactor(fixture.core.staffSignIn().checkPassword(username, PASSWORD),
                totp.codeAt(secret, fixture.clock.instant()));
    }
}
