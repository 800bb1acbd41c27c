package org.citizenservices.core.operator;

import org.citizenservices.core.api.practice.ActivationLink;

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

        ActivationLink lee = accounts.add(admin, "lee.chen", "Lee Chen", "lee@example.nhs.uk",
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

        ActivationLink again = accounts.resetSignIn(admin, leeId);
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

    @Test
    void givenASignedInUser_whenTheyChangeTheirPasswordOrSignOutEverywhere_thenOtherSessionsEnd() {
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        ActivationLink ana = fixture.core.staffAccounts().add(admin, "ana.silva", "Ana Silva",
                "ana@example.nhs.uk", StaffRole.CLINICIAN);
        // two devices signed in the same way hold the same session generation
        StaffMember laptop = activateAndSignIn(ana.activationToken());
        StaffMember desk = laptop;

        assertThatThrownBy(() -> fixture.core.staffSignIn().changePassword(desk, "not-it", "Willow-Copper-Signal"))
                .isInstanceOf(org.citizenservices.core.api.domain.InvalidValueException.class);
        StaffMember changed = fixture.core.staffSignIn().changePassword(desk, PASSWORD, "Willow-Copper-Signal");
        assertThat(fixture.core.staffSignIn().isCurrent(changed)).as("this session goes on").isTrue();
        assertThat(fixture.core.staffSignIn().isCurrent(laptop)).as("the other device is signed out").isFalse();
        assertThatThrownBy(() -> fixture.core.staffSignIn().checkPassword("ana.silva", PASSWORD))
                .isInstanceOf(SignInFailedException.class);
        assertThat(fixture.core.staffSignIn().checkPassword("ana.silva", "Willow-Copper-Signal").signedIn())
                .as("still two steps").isEmpty();

        fixture.core.staffSignIn().signOutEverywhere(changed);
        assertThat(fixture.core.staffSignIn().isCurrent(changed)).isFalse();
        assertThatThrownBy(() -> fixture.core.staffSignIn().changePassword(admin,
                org.citizenservices.core.support.CoreFixture.PASSWORD,
                "Willow-Copper-Signal")).as("a demo account's password is published")
                .isInstanceOf(RuleViolationException.class);
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
