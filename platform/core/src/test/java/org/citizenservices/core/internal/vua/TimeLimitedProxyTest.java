package org.citizenservices.core.internal.vua;

import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.ConsentMethod;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Time-limited proxy access with a clock the test moves: it works through its last day and ends the day after with no
 * one touching it; both people are told 14 days before, once, whatever the nodes; the 11th- and 16th-birthday
 * reviews give the same notice before the day.
 */
class TimeLimitedProxyTest extends OneCorePerClass {

    /** What the sweep queued: the account and the notice. */
    record Queued(String accountId, String notice) {
    }

    final List<Queued> queued = new CopyOnWriteArrayList<>();

    @AfterEach
    void backToStart() {
        fixture.clock.set(CoreFixture.START);
    }

    @Test
    void itWorksThroughItsLastDay_andEndsTheDayAfter_bothToldFourteenDaysBefore_once() {
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        LocalDate today = Times.today(fixture.clock);
        Patient mother = fixture.patient(practice, "Mother", LocalDate.of(1940, 2, 2));
        CoreFixture.Citizen own = fixture.activeSelf(admin, mother);
        CoreFixture.Citizen daughter = fixture.activeSelf(admin, fixture.patient(practice, "Daughter",
                LocalDate.of(1970, 3, 3)));
        LocalDate lastDay = today.plusDays(20);
        long associationId = fixture.core.associations().associate(admin, daughter.vuaId(), mother.id(),
                proxy(today, lastDay)).id();
        AccountStatusSweep nodeA = sweep();
        AccountStatusSweep nodeB = sweep();

        nodeA.run();
        fixture.clock.advance(Duration.ofDays(5));
        nodeA.run();
        assertThat(queued).as("fifteen days before: not yet").isEmpty();

        fixture.clock.advance(Duration.ofDays(1));
        CompletableFuture.allOf(CompletableFuture.runAsync(nodeA::run), CompletableFuture.runAsync(nodeB::run))
                .join();
        nodeA.run();
        assertThat(queued).as("fourteen days before: each of the two told once").containsExactlyInAnyOrder(
                new Queued(daughter.session().accountId(), "Your access to act for " + mother.displayName() + " at "
                        + practice.name() + " ends after " + Formats.date(lastDay) + ". If you still need it, ask"
                        + " the practice."),
                new Queued(own.session().accountId(), association(associationId).vua().displayName()
                        + "'s access to act for you at " + practice.name() + " ends after " + Formats.date(lastDay)
                        + "."));

        fixture.clock.set(lastDay.atTime(23, 0).atZone(fixture.clock.getZone()).toInstant());
        nodeA.run();
        assertThat(association(associationId).endDate()).as("its last day: still working").isNull();
        assertThat(association(associationId).isLiveOn(lastDay)).isTrue();

        fixture.clock.advance(Duration.ofHours(2));
        nodeA.run();
        PatientAssociation ended = association(associationId);
        assertThat(ended.endDate()).isEqualTo(lastDay.plusDays(1));
        assertThat(ended.endReason()).isEqualTo("time-limited access ended after " + Formats.date(lastDay));
        assertThat(ended.isLiveOn(lastDay.plusDays(1))).isFalse();
        assertThat(fixture.audit().withAction(AuditAction.ASSOCIATION_ENDED.name(), 100))
                .filteredOn(e -> daughter.session().accountId().equals(e.accountId())).hasSize(1);
        assertThat(status(daughter.vuaId())).as("still her own patient").isEqualTo(VuaStatus.ACTIVE);
        assertThat(queued).hasSize(2);
    }

    @Test
    void aParentIsToldBeforeTheChildTurns11_andAgainBefore16_whenTheAccessIsReviewed() {
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        LocalDate today = Times.today(fixture.clock);
        LocalDate eleventh = today.plusDays(20);
        Patient child = fixture.patient(practice, "Child", eleventh.minusYears(11));
        CoreFixture.Citizen parent = fixture.activeSelf(admin, fixture.patient(practice, "Parent",
                LocalDate.of(1985, 1, 1)));
        long associationId = fixture.core.associations().associate(admin, parent.vuaId(), child.id(),
                new AssociationRequest(AssociationType.PROXY, Relationship.MOTHER, ConsentMethod.NOT_REQUIRED,
                        "Parental responsibility", null, Set.of(CitizenService.APPOINTMENTS),
                        LocalDate.of(2020, 1, 1))).id();
        AccountStatusSweep sweep = sweep();

        fixture.clock.advance(Duration.ofDays(5));
        sweep.run();
        assertThat(queued).isEmpty();
        fixture.clock.advance(Duration.ofDays(1));
        sweep.run();
        sweep.run();
        assertThat(queued).containsExactly(new Queued(parent.session().accountId(), practice.name()
                + " will review your access to act for " + child.displayName() + " when they turn 11 on "
                + Formats.date(eleventh) + "."));
        assertThat(association(associationId).needsReviewOn(eleventh.minusDays(1))).isFalse();
        assertThat(association(associationId).needsReviewOn(eleventh)).isTrue();

        LocalDate sixteenth = eleventh.plusYears(5);
        fixture.clock.set(sixteenth.minusDays(14).atTime(9, 0).atZone(fixture.clock.getZone()).toInstant());
        sweep.run();
        sweep.run();
        assertThat(queued).hasSize(2).last().isEqualTo(new Queued(parent.session().accountId(), practice.name()
                + " will review your access to act for " + child.displayName() + " when they turn 16 on "
                + Formats.date(sixteenth) + "."));
    }

    @Test
    void onlyAProxysAccessHasAnEndDate_andItLastsAtLeastItsFirstDay() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThatThrownBy(() -> proxy(day, day.minusDays(1))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least until the day it starts");
        assertThatThrownBy(() -> new AssociationRequest(AssociationType.SELF, Relationship.SELF, null, null, null,
                Set.of(), day, day.plusDays(5))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("own access has no end date");
        assertThat(proxy(day, day).accessUntil()).isEqualTo(day);
    }

    private static AssociationRequest proxy(LocalDate from, LocalDate until) {
        return new AssociationRequest(AssociationType.PROXY, Relationship.DAUGHTER, ConsentMethod.WRITTEN,
                null, "Helping while Mum recovers", Set.of(CitizenService.APPOINTMENTS, CitizenService.PRESCRIPTIONS),
                from, until);
    }

    private AccountStatusSweep sweep() {
        return new AccountStatusSweep(new CoreContext(fixture.core.transactions(), fixture.audit(), fixture.clock),
                new AccountStatusRule(fixture.audit(), fixture.clock),
                (em, practiceId, accountId, notice) -> queued.add(new Queued(accountId, notice)));
    }

    private static PatientAssociation association(long id) {
        return fixture.core.transactions().read(em -> {
            PatientAssociation found = em.find(PatientAssociation.class, id);
            found.vua().displayName();
            found.patient().isRegistered();
            return found;
        });
    }

    private static VuaStatus status(long vuaId) {
        return fixture.core.transactions().read(em -> em.find(Vua.class, vuaId).status());
    }
}
