package org.citizenservices.core.vua;

import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.CitizenPractices;
import org.citizenservices.core.api.vua.ConsentMethod;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.core.api.vua.NewAccount;
import org.citizenservices.core.api.vua.RegistrationLetter;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.vua.Vua;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R8's first proxy scenario on one installation: Jane, registered at practice A, cares for her mother Rose at
 * practice B. B verifies Jane and gives her an account there with a proxy association to Rose; Jane joins it to her
 * own sign-in and switches between herself and Rose. What either practice then decides still holds.
 */
class AccountsAtSeveralPracticesTest extends OneCorePerClass {

    static final LocalDate JANE_BORN = LocalDate.of(1985, 3, 14);

    final CitizenPractices practices = fixture.core.citizenPractices();
    CoreFixture.Citizen jane;
    StaffMember receptionA;
    StaffMember receptionB;
    Practice practiceB;
    Patient rose;
    Vua janeAtB;

    @BeforeEach
    void janeAndHerMother() {
        CoreFixture.Surgery a = fixture.surgery("Carter", JANE_BORN);
        receptionA = a.reception();
        jane = fixture.activeSelf(receptionA, a.patient());
        practiceB = fixture.practice();
        receptionB = fixture.staff(practiceB, StaffRole.RECEPTIONIST);
        rose = fixture.patient(practiceB, "Carter", LocalDate.of(1950, 6, 1));
        janeAtB = (Vua) fixture.core.accounts().create(receptionB,
                new NewAccount(a.patient().name(), JANE_BORN, null, null));
        fixture.core.identityVerifications().verifyIdentity(receptionB, janeAtB.id(), CoreFixture.passportSeen());
        fixture.core.associations().associate(receptionB, janeAtB.id(), rose.id(), new AssociationRequest(
                AssociationType.PROXY, Relationship.DAUGHTER, ConsentMethod.WRITTEN, "Rose asked for Jane's help",
                null, Set.of(CitizenService.APPOINTMENTS, CitizenService.PRESCRIPTIONS), LocalDate.of(2026, 11, 1)));
    }

    @Test
    void givenBsLetter_whenJaneJoinsIt_thenOneSignInActsForHerselfAtAAndForRoseAtB() {
        SignedInCitizen atB = practices.join(jane.session(), letter(letterAtB()));

        assertThat(atB.practiceId()).isEqualTo(practiceB.id());
        assertThat(status(janeAtB)).as("linkage completed at B").isEqualTo(VuaStatus.ACTIVE);
        assertThat(practices.everyone(jane.session())).extracting(c -> c.patient().displayName(),
                        c -> c.practiceName(), c -> c.account().vuaId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pat Carter", practiceName(jane.session()),
                                jane.vuaId()),
                        org.assertj.core.groups.Tuple.tuple(rose.displayName(), practiceB.name(), janeAtB.id()));
        assertThat(fixture.core.access().availableServices(atB, rose.id(), fixture.installed))
                .containsExactlyInAnyOrder(CitizenService.APPOINTMENTS, CitizenService.PRESCRIPTIONS);
        assertThat(fixture.core.access().decide(jane.session(), rose.id(), CitizenService.APPOINTMENTS))
                .as("A's account has no association with Rose").isPresent();
        assertThat(practices.joined(jane.session())).singleElement()
                .satisfies(j -> assertThat(j.odsCode()).isEqualTo(practiceB.odsCode().value()));
        assertThat(fixture.core.audit().withAction("ACCOUNTS_JOINED", 5)).isNotEmpty();
    }

    @Test
    void givenAJoin_whenItsDetailsAreWrongOrItIsNotJanesToJoin_thenItIsRefusedAndNothingIsJoined() {
        RegistrationLetter letter = letterAtB();
        assertThatThrownBy(() -> practices.join(jane.session(), new LinkageDetails(letter.accountId(),
                "WRONGKEY12345678", "Carter", JANE_BORN, letter.odsCode())))
                .isInstanceOf(SignInFailedException.class);
        assertThatThrownBy(() -> practices.join(jane.session(), letter(jane.letter())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("signed in with");
        CoreFixture.Surgery elsewhere = fixture.surgery("Carter", LocalDate.of(1990, 1, 1));
        CoreFixture.Citizen someoneElse = fixture.activeSelf(elsewhere.reception(), elsewhere.patient());
        assertThatThrownBy(() -> practices.join(someoneElse.session(), letter(letter)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("someone else");
        assertThat(fixture.core.audit().withAction("ACCOUNTS_JOINED", 50))
                .filteredOn(e -> letter.accountId().equals(e.accountId()))
                .extracting(e -> e.outcome().name(), e -> e.detail())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DENIED", "refused: This registration letter is "
                        + "for someone else. Each person sets up their own online account; to act for someone, ask "
                        + "their practice for proxy access."));

        SignedInCitizen atB = practices.join(jane.session(), letter(letter));
        assertThatThrownBy(() -> practices.join(atB, letter(letter)))
                .as("only the sign-in's own account joins others").isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> practices.join(jane.session(), letter(letter)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already opens");
        assertThat(practices.joined(jane.session())).hasSize(1);
    }

    @Test
    void givenAJoinedAccount_whenEitherPracticeIssuesANewLetter_thenTheJoinEnds() {
        SignedInCitizen atB = practices.join(jane.session(), letter(letterAtB()));
        fixture.core.linkageKeys().issueLinkageKey(receptionB, janeAtB.id(), "Lost the letter");
        assertThat(fixture.core.citizens().isCurrent(atB)).isFalse();
        assertThat(practices.everyone(jane.session())).extracting(c -> c.account().vuaId())
                .containsOnly(jane.vuaId());

        SignedInCitizen again = practices.join(jane.session(), letter(currentLetterAtB()));
        assertThat(fixture.core.citizens().isCurrent(again)).isTrue();
        fixture.core.linkageKeys().issueLinkageKey(receptionA, jane.vuaId(), "Password seen by someone else");
        assertThat(fixture.core.citizens().isCurrent(again)).as("A's sign-in it used has ended").isFalse();
        assertThat(status(janeAtB)).isEqualTo(VuaStatus.INACTIVE);
        String reasonAtB = fixture.core.transactions().read(em -> em.createQuery("select l.revokedReason from "
                + "AccountLinkage l where l.id = :id", String.class).setParameter("id", again.linkageId())
                .getSingleResult());
        assertThat(reasonAtB).as("A's own words stay at A").doesNotContain("Password seen")
                .isEqualTo("the sign-in at another practice ended");
        assertThat(fixture.core.audit().withAction("LINKAGE_REVOKED", 50))
                .filteredOn(e -> janeAtB.accountId().value().equals(e.accountId()))
                .filteredOn(e -> "PORTAL joined".equals(e.detail()))
                .extracting(e -> e.actor()).containsExactly("Citizen Services");
    }

    @Test
    void givenAJoinedAccount_whenJaneRemovesIt_thenRoseLeavesTheSwitcherAndBsAccountIsInactive() {
        SignedInCitizen atB = practices.join(jane.session(), letter(letterAtB()));
        practices.leave(jane.session(), atB.linkageId());

        assertThat(practices.everyone(jane.session())).extracting(c -> c.account().vuaId())
                .containsOnly(jane.vuaId());
        assertThat(status(janeAtB)).isEqualTo(VuaStatus.INACTIVE);
        assertThatThrownBy(() -> practices.leave(jane.session(), atB.linkageId()))
                .isInstanceOf(NotFoundException.class);
    }

    private RegistrationLetter lastLetter;

    private RegistrationLetter letterAtB() {
        lastLetter = fixture.core.linkageKeys().issueLinkageKey(receptionB, janeAtB.id(), null);
        return lastLetter;
    }

    private RegistrationLetter currentLetterAtB() {
        return fixture.core.linkageKeys().issueLinkageKey(receptionB, janeAtB.id(), "Joining again");
    }

    private static LinkageDetails letter(RegistrationLetter letter) {
        return new LinkageDetails(letter.accountId(), letter.linkageKey(), "Carter", JANE_BORN, letter.odsCode());
    }

    private String practiceName(SignedInCitizen citizen) {
        return fixture.core.practices().practice(citizen.practiceId()).name();
    }

    private VuaStatus status(Vua vua) {
        return fixture.core.transactions().read(em -> em.find(Vua.class, vua.id()).status());
    }
}
