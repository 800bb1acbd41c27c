package org.citizenservices.core.security;

import org.citizenservices.core.api.security.PasswordGuard;
import org.citizenservices.core.api.security.SignInDelay;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.internal.audit.AuditEvent;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.CoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An unknown username, a wrong password and a paused account look the same from outside: the same words, and one
 * Argon2id verification each (counted through the hasher, not timed), for staff and citizen sign-in alike.
 */
class SignInSameAnswerTest {

    @TempDir
    static Path dir;
    static CoreFixture fixture;
    static StaffMember reception;
    static CoreFixture.Citizen citizen;

    @BeforeAll
    static void open() {
        fixture = new CoreFixture(dir);
        CoreFixture.Surgery surgery = fixture.surgery("Sameanswer", LocalDate.of(1980, 5, 6));
        reception = surgery.reception();
        citizen = fixture.activeSelf(reception, surgery.patient());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void citizen_unknownUsername_wrongPassword_andPaused_giveOneAnswer_afterOneVerificationEach() {
        Refusal unknown = refusal(() -> fixture.core.citizens().signIn("nobody.at.all", "some-password-1"));
        Refusal wrong = refusal(() -> fixture.core.citizens().signIn(citizen.username(), "some-password-1"));
        for (int i = 2; i <= SignInDelay.FREE_FAILURES; i++) {
            refusal(() -> fixture.core.citizens().signIn(citizen.username(), "some-password-1"));
        }
        Refusal paused = refusal(() -> fixture.core.citizens().signIn(citizen.username(), CoreFixture.PASSWORD));

        assertThat(unknown.message()).isEqualTo(PasswordGuard.NOT_RIGHT);
        assertThat(wrong.message()).isEqualTo(unknown.message());
        assertThat(paused.message()).isEqualTo(unknown.message());
        assertThat(unknown.verifications()).isEqualTo(1);
        assertThat(wrong.verifications()).isEqualTo(1);
        assertThat(paused.verifications()).isEqualTo(1);
    }

    @Test
    void staff_unknownUsername_andWrongPassword_giveOneAnswer_afterOneVerificationEach() {
        Refusal unknown = refusal(() -> fixture.core.staffSignIn().signIn("no-such-staff", "some-password-1"));
        Refusal wrong = refusal(() -> fixture.core.staffSignIn().signIn(reception.username(), "some-password-1"));

        assertThat(unknown.message()).isEqualTo(PasswordGuard.NOT_RIGHT).isEqualTo(wrong.message());
        assertThat(unknown.verifications()).isEqualTo(1);
        assertThat(wrong.verifications()).isEqualTo(1);
    }

    @Test
    void parallelGuessesAtOneUsername_areCheckedFiveAtMost_beforeThePause() throws Exception {
        Practice practice = fixture.practice();
        StaffMember staff = fixture.staff(practice, StaffRole.RECEPTIONIST);
        CoreFixture.Citizen target = fixture.activeSelf(staff,
                fixture.patient(practice, "Parallel", LocalDate.of(1981, 6, 7)));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> catchThrowableOfType(
                        () -> fixture.core.citizens().signIn(target.username(), "guess-password-1"),
                        SignInFailedException.class).getMessage()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(PasswordGuard.NOT_RIGHT);
            }
        } finally {
            pool.shutdownNow();
        }
        List<AuditEvent> attempts = fixture.audit().withAction(AuditAction.CITIZEN_SIGN_IN.name(), 1000).stream()
                .filter(e -> target.letter().accountId().equals(e.accountId())).toList();
        assertThat(attempts).filteredOn(e -> e.outcome() == Outcome.FAILED).as("checked")
                .hasSize(SignInDelay.FREE_FAILURES);
        assertThat(attempts).filteredOn(e -> e.outcome() == Outcome.DENIED).as("refused during the pause")
                .hasSize(16 - SignInDelay.FREE_FAILURES);
    }

    private static Refusal refusal(Runnable signIn) {
        long before = fixture.hasher.verifications();
        SignInFailedException refused = catchThrowableOfType(signIn::run, SignInFailedException.class);
        assertThat(refused).as("refused").isNotNull();
        return new Refusal(refused.getMessage(), fixture.hasher.verifications() - before);
    }

    private record Refusal(String message, long verifications) {
    }
}
