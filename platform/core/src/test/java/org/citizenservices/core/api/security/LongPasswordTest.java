package org.citizenservices.core.api.security;

import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.internal.audit.AuditEvent;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.internal.practice.StaffUser;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.Bounds;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A crafted request can send a password of any length: at sign-in it is just a wrong password (one verification,
 * counted towards the pause), and a password change refuses it in words before anything is hashed or stored.
 */
class LongPasswordTest extends OneCorePerClass {

    static final String TEN_KB = Bounds.text(Bounds.TEN_KB);

    StaffMember reception;
    CoreFixture.Citizen citizen;

    @BeforeEach
    void practice() {
        CoreFixture.Surgery surgery = fixture.surgery("Longpassword", LocalDate.of(1980, 5, 7));
        reception = surgery.reception();
        citizen = fixture.activeSelf(reception, surgery.patient());
    }

    @Test
    void aTenKilobytePasswordAtStaffSignIn_isAWrongPassword_afterOneVerification() {
        isAWrongPasswordAfterOneVerification(() -> fixture.core.staffSignIn().signIn(reception.username(), TEN_KB),
                AuditAction.STAFF_SIGN_IN);
    }

    /** The sign-in is refused as any wrong password is, after one verification, and audited as one. */
    private void isAWrongPasswordAfterOneVerification(Runnable signIn, AuditAction action) {
        long before = fixture.hasher.verifications();

        assertThatThrownBy(signIn::run).isInstanceOf(SignInFailedException.class).hasMessage(PasswordGuard.NOT_RIGHT);

        assertThat(fixture.hasher.verifications() - before).isEqualTo(1);
        assertThat(latest(action)).extracting(AuditEvent::outcome, AuditEvent::detail)
                .containsExactly(Outcome.FAILED, "wrong password");
    }

    @Test
    void aPasswordBeyondTheLimit_neverSignsIn_evenWhenItIsTheStoredOne() {
        String huge = Bounds.text(PasswordGuard.MAX_LENGTH + 1);
        String username = "huge" + reception.staffUserId();
        fixture.core.transactions().write(em -> {
            em.persist(StaffUser.demo(em.find(Practice.class, reception.practiceId()), username, "Huge Password",
                    EnumSet.of(StaffRole.RECEPTIONIST), fixture.hasher.hash(huge.toCharArray())));
            return null;
        });

        assertThatThrownBy(() -> fixture.core.staffSignIn().signIn(username, huge))
                .isInstanceOf(SignInFailedException.class).hasMessage(PasswordGuard.NOT_RIGHT);
    }

    @Test
    void aTenKilobytePasswordAtCitizenSignIn_isAWrongPassword_afterOneVerification() {
        isAWrongPasswordAfterOneVerification(() -> fixture.core.citizens().signIn(citizen.username(), TEN_KB),
                AuditAction.CITIZEN_SIGN_IN);
        assertThat(fixture.core.citizens().signIn(citizen.username(), CoreFixture.PASSWORD)).isNotNull();
    }

    @Test
    void aPasswordChange_refusesATenKilobyteCurrentOrNewPassword_withoutVerifyingOrStoringIt() {
        long before = fixture.hasher.verifications();
        long audit = Bounds.auditEvents(fixture);

        assertThatThrownBy(() -> fixture.core.citizens().changePassword(citizen.session(), TEN_KB,
                "Another-Horse-Battery")).isInstanceOf(InvalidValueException.class)
                .hasMessage("Your current password is not right.");
        assertThatThrownBy(() -> fixture.core.citizens().changePassword(citizen.session(), CoreFixture.PASSWORD,
                TEN_KB)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Use at most " + PasswordPolicy.MAX_LENGTH + " characters.");

        assertThat(fixture.hasher.verifications()).as("no verification").isEqualTo(before);
        assertThat(Bounds.auditEvents(fixture)).as("nothing audited").isEqualTo(audit);
        assertThat(fixture.core.citizens().signIn(citizen.username(), CoreFixture.PASSWORD)).as("password unchanged")
                .isNotNull();
    }

    private static AuditEvent latest(AuditAction action) {
        List<AuditEvent> events = fixture.audit().withAction(action.name(), 1);
        return events.get(0);
    }
}
