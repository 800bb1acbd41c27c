package org.citizenservices.core.internal.vua;

import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.core.api.vua.LinkageFailure;
import org.citizenservices.core.api.vua.RegistrationLetter;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.internal.audit.AuditEvent;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.api.security.SignInDelay;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registration-letter check and its lock, portal set-up, sign-in pauses and password rules, on a real database. */
class LinkageAndSignInTest extends OneCorePerClass {

    static final Actor APP = new Actor("Healthy Me app", ActingAs.APP, null, "app: Healthy Me");

    CoreFixture.Lettered at;

    @BeforeEach
    void accountWithLetter() {
        at = fixture.lettered("O'Brien-Smith", LocalDate.of(1975, 2, 3));
    }

    private LinkageDetails right() {
        return new LinkageDetails(at.letter().accountId(), at.letter().linkageKey(), "O'Brien-Smith",
                LocalDate.of(1975, 2, 3), at.letter().odsCode());
    }

    private List<AuditEvent> attempts() {
        return fixture.audit().withAction(AuditAction.LINKAGE_ATTEMPT.name(), 1000).stream()
                .filter(e -> at.letter().accountId().equals(e.accountId())).toList();
    }

    @Test
    void givenTheRightDetails_thenTheAccountIsFound_typedAsPeopleTypeThem() {
        LinkageDetails typed = new LinkageDetails(at.letter().accountId().toLowerCase(),
                " " + at.letter().linkageKey() + " ",
                "o'brien smith", LocalDate.of(1975, 2, 3), at.letter().odsCode().toLowerCase());
        assertThat(fixture.core.linkageCheck().verify(typed, APP)).isEqualTo(at.vua().id());
        assertThat(attempts()).singleElement().extracting(AuditEvent::outcome).isEqualTo(Outcome.SUCCESS);
    }

    @ParameterizedTest(name = "{0} wrong")
    @ValueSource(strings = {"account ID", "key", "surname", "date of birth", "practice", "malformed key"})
    void givenOneDetailWrong_thenTheAnswerIsTheSameWhateverItWas_andTheAuditSaysWhich(String wrong) {
        UnaryOperator<LinkageDetails> spoil = d -> switch (wrong) {
            case "account ID" -> new LinkageDetails("ZZZZ999999", d.linkageKey(), d.surname(), d.dateOfBirth(),
                    d.odsCode());
            case "key" -> new LinkageDetails(d.accountId(), "Ab3Cd4Ef5Gh6Jk7M", d.surname(), d.dateOfBirth(),
                    d.odsCode());
            case "surname" -> new LinkageDetails(d.accountId(), d.linkageKey(), "Smith", d.dateOfBirth(), d.odsCode());
            case "date of birth" -> new LinkageDetails(d.accountId(), d.linkageKey(), d.surname(),
                    d.dateOfBirth().plusDays(1), d.odsCode());
            case "practice" -> new LinkageDetails(d.accountId(), d.linkageKey(), d.surname(), d.dateOfBirth(),
                    "A81001");
            default -> new LinkageDetails(d.accountId(), "short", d.surname(), d.dateOfBirth(), d.odsCode());
        };

        assertThatThrownBy(() -> fixture.core.linkageCheck().verify(spoil.apply(right()), APP))
                .isInstanceOf(SignInFailedException.class).hasMessage(LinkageCheckService.DO_NOT_MATCH);

        String expectedReason = switch (wrong) {
            case "account ID" -> LinkageFailure.NO_SUCH_ACCOUNT.name();
            case "surname" -> LinkageFailure.WRONG_SURNAME.name();
            case "date of birth" -> LinkageFailure.WRONG_DATE_OF_BIRTH.name();
            case "practice" -> LinkageFailure.WRONG_PRACTICE.name();
            default -> LinkageFailure.WRONG_KEY.name();
        };
        List<AuditEvent> failures = fixture.audit().withAction(AuditAction.LINKAGE_ATTEMPT.name(), 1).stream()
                .toList();
        assertThat(failures).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(e.detail()).isEqualTo(expectedReason);
        });
    }

    @Test
    void givenFiveFailures_thenLinkageIsLockedEvenWithTheRightDetails_untilANewLetter() {
        LinkageDetails wrongKey = new LinkageDetails(at.letter().accountId(), "Ab3Cd4Ef5Gh6Jk7M", "O'Brien-Smith",
                LocalDate.of(1975, 2, 3), null);
        for (int i = 1; i < LinkageCheckService.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> fixture.core.linkageCheck().verify(wrongKey, APP))
                    .hasMessage(LinkageCheckService.DO_NOT_MATCH);
        }
        // locked, yet the same answer as a wrong key: a different one would confirm the account ID is real
        assertThatThrownBy(() -> fixture.core.linkageCheck().verify(wrongKey, APP))
                .isInstanceOf(SignInFailedException.class).hasMessage(LinkageCheckService.DO_NOT_MATCH);
        assertThatThrownBy(() -> fixture.core.linkageCheck().verify(right(), APP))
                .hasMessage(LinkageCheckService.DO_NOT_MATCH);
        assertThat(attempts()).filteredOn(e -> e.outcome() == Outcome.DENIED).hasSize(2);

        at = at.withLetter(fixture.core.linkageKeys().issueLinkageKey(at.reception(), at.vua().id(),
                "Locked after failed attempts"));
        assertThat(fixture.core.linkageCheck().verify(right(), APP)).isEqualTo(at.vua().id());
    }

    @Test
    void givenTheLetter_whenTheCitizenSetsUpTheirAccount_thenTheyCanSignIn_butNotSetItUpTwice() {
        fixture.register(at.letter(), at.patient(), "pat.obrien");

        assertThat(fixture.core.citizens().signIn("Pat.OBrien", CoreFixture.PASSWORD).accountId())
                .isEqualTo(at.letter().accountId());
        assertThatThrownBy(() -> fixture.register(at.letter(), at.patient(), "someone.else"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already set up");
        assertThat(fixture.audit().withAction(AuditAction.CITIZEN_REGISTERED.name(), 100))
                .anyMatch(e -> at.letter().accountId().equals(e.accountId()));
    }

    @Test
    void givenAWeakPassword_thenRefusedWithTheRule_andItDoesNotCountAsAFailedLinkage() {
        assertThatThrownBy(() -> fixture.core.citizens().register(right(), "pat.weak", "password123"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("too common");
        assertThatThrownBy(() -> fixture.core.citizens().register(right(), "pat.weak", "short"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least 10");
        assertThat(attempts()).isEmpty();
    }

    @Test
    void portalSetUpChecksThePracticeCode_asAppLinkageDoes() {
        LinkageDetails noCode = new LinkageDetails(at.letter().accountId(), at.letter().linkageKey(), "O'Brien-Smith",
                LocalDate.of(1975, 2, 3), " ");
        assertThatThrownBy(() -> fixture.core.citizens().register(noCode, "pat.nocode", CoreFixture.PASSWORD))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ODS code");
        LinkageDetails otherPractice = new LinkageDetails(at.letter().accountId(), at.letter().linkageKey(),
                "O'Brien-Smith",
                LocalDate.of(1975, 2, 3), "A81001");
        assertThatThrownBy(() -> fixture.core.citizens().register(otherPractice, "pat.elsewhere", CoreFixture.PASSWORD))
                .isInstanceOf(SignInFailedException.class).hasMessage(LinkageCheckService.DO_NOT_MATCH);
        assertThat(attempts()).singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("WRONG_PRACTICE"));

        fixture.core.citizens().register(right(), "pat.rightcode", CoreFixture.PASSWORD);
        assertThat(fixture.core.citizens().signIn("pat.rightcode", CoreFixture.PASSWORD).accountId())
                .isEqualTo(at.letter().accountId());
    }

    @Test
    void givenAUsernameInUse_thenRefused() {
        fixture.register(at.letter(), at.patient(), "taken.name");
        Patient other = fixture.patient(at.practice(), "Other", LocalDate.of(1990, 1, 1));
        CoreFixture.Citizen ignored = fixture.activeSelf(at.reception(), other);

        Vua second = fixture.account(at.reception(), fixture.patient(at.practice(), "Third", LocalDate.of(1991, 1, 1)));
        RegistrationLetter secondLetter = fixture.core.linkageKeys().issueLinkageKey(at.reception(), second.id(), null);
        assertThatThrownBy(() -> fixture.core.citizens().register(new LinkageDetails(secondLetter.accountId(),
                secondLetter.linkageKey(), "Third", LocalDate.of(1991, 1, 1), secondLetter.odsCode()), "taken.name",
                CoreFixture.PASSWORD))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("already in use");
    }

    @Test
    void givenRepeatedWrongPasswords_thenSignInPausesForGrowingTimes_andTheRightPasswordWorksAfterThePause() {
        fixture.register(at.letter(), at.patient(), "pat.pause");
        try {
            for (int i = 1; i <= SignInDelay.FREE_FAILURES; i++) {
                assertThatThrownBy(() -> fixture.core.citizens().signIn("pat.pause", "wrong-password-here"))
                        .hasMessage(CitizenAccountsService.WRONG);
            }
            // paused for 1 s after the fifth: even the right password is refused, with the same words
            assertThatThrownBy(() -> fixture.core.citizens().signIn("pat.pause", CoreFixture.PASSWORD))
                    .isInstanceOf(SignInFailedException.class).hasMessage(CitizenAccountsService.WRONG);
            fixture.clock.advance(Duration.ofSeconds(1));
            assertThatThrownBy(() -> fixture.core.citizens().signIn("pat.pause", "wrong-password-here"))
                    .hasMessage(CitizenAccountsService.WRONG);
            // the sixth wrong one doubles the pause to 2 s
            fixture.clock.advance(Duration.ofSeconds(1));
            assertThatThrownBy(() -> fixture.core.citizens().signIn("pat.pause", CoreFixture.PASSWORD))
                    .hasMessage(CitizenAccountsService.WRONG);
            fixture.clock.advance(Duration.ofSeconds(1));
            assertThat(fixture.core.citizens().signIn("pat.pause", CoreFixture.PASSWORD).accountId())
                    .isEqualTo(at.letter().accountId());
            // the right password cleared the count: the next wrong one does not pause
            assertThatThrownBy(() -> fixture.core.citizens().signIn("pat.pause", "wrong-password-here"))
                    .hasMessage(CitizenAccountsService.WRONG);
            assertThat(fixture.core.citizens().signIn("pat.pause", CoreFixture.PASSWORD).accountId())
                    .isEqualTo(at.letter().accountId());

            List<AuditEvent> pauses = fixture.audit().withAction(AuditAction.SIGN_IN_PAUSED.name(), 100)
                    .stream().filter(e -> at.letter().accountId().equals(e.accountId())).toList();
            assertThat(pauses).extracting(AuditEvent::detail).containsExactlyInAnyOrder(
                    "sign-in paused for 1 s after 5 wrong passwords", "sign-in paused for 2 s after 6 wrong passwords");
            assertThat(fixture.audit().withAction(AuditAction.CITIZEN_SIGN_IN.name(), 100).stream()
                    .filter(e -> at.letter().accountId().equals(e.accountId()) && e.outcome() == Outcome.DENIED))
                    .hasSize(2);
        } finally {
            fixture.clock.set(CoreFixture.START);
        }
    }

    @Test
    void thePauseGrowsAsAPowerOfTwo_upToFifteenMinutes() {
        assertThat(SignInDelay.pause(SignInDelay.FREE_FAILURES - 1)).isZero();
        assertThat(SignInDelay.pause(SignInDelay.FREE_FAILURES)).hasSeconds(1);
        assertThat(SignInDelay.pause(SignInDelay.FREE_FAILURES + 3)).hasSeconds(8);
        assertThat(SignInDelay.pause(SignInDelay.FREE_FAILURES + 9)).hasSeconds(512);
        assertThat(SignInDelay.pause(SignInDelay.FREE_FAILURES + 10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInDelay.pause(SignInDelay.countAfterFailure(Integer.MAX_VALUE - 1)))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void givenAnUnknownUsername_thenTheSameMessageAsAWrongPassword() {
        assertThatThrownBy(() -> fixture.core.citizens().signIn("nobody.here", CoreFixture.PASSWORD))
                .hasMessage(CitizenAccountsService.WRONG);
    }

    @Test
    void givenAPasswordChange_thenTheOldOneStopsWorking() {
        fixture.register(at.letter(), at.patient(), "pat.change");
        var session = fixture.core.citizens().signIn("pat.change", CoreFixture.PASSWORD);

        assertThatThrownBy(() -> fixture.core.citizens().changePassword(session, "not-my-password",
                "New-Passphrase-2026"))
                .isInstanceOf(InvalidValueException.class);
        fixture.core.citizens().changePassword(session, CoreFixture.PASSWORD, "New-Passphrase-2026");

        assertThatThrownBy(() -> fixture.core.citizens().signIn("pat.change", CoreFixture.PASSWORD))
                .isInstanceOf(SignInFailedException.class);
        assertThat(fixture.core.citizens().signIn("pat.change", "New-Passphrase-2026")).isNotNull();
    }

    @Test
    void theLinkageKeyIsStoredOnlyAsAnArgon2idHash() {
        String stored = fixture.core.transactions().read(em -> em.find(Vua.class, at.vua().id()).linkageKeyHash());
        assertThat(stored).startsWith("$argon2id$").doesNotContain(at.letter().linkageKey());
        assertThat(at.letter().toString()).doesNotContain(at.letter().linkageKey());
    }
}
