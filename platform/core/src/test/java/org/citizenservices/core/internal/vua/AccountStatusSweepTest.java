package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.HistoryKind;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.internal.audit.AuditEvent;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An association dated in the future makes its account ACTIVE on that day with no one touching it: the scheduled
 * sweep, with a clock the test moves, and two sweeps on one database standing for two nodes.
 */
class AccountStatusSweepTest extends OneCorePerClass {

    @AfterEach
    void backToStart() {
        fixture.clock.set(CoreFixture.START);
    }

    @Test
    void anAssociationStartingInThreeDays_makesTheAccountActiveOnThatDay_onceWhateverTheNodes() {
        Practice practice = fixture.practice();
        StaffMember reception = fixture.staff(practice, StaffRole.RECEPTIONIST);
        Patient patient = fixture.patient(practice, "Later", LocalDate.of(1985, 4, 4));
        Vua vua = fixture.account(reception, patient);
        fixture.core.identityVerifications().verifyIdentity(reception, vua.id(), CoreFixture.passportSeen());
        LocalDate today = org.citizenservices.core.api.service.Times.today(fixture.clock);
        fixture.core.associations().associate(reception, vua.id(), patient.id(),
                AssociationRequest.self(today.plusDays(3)));
        fixture.register(fixture.core.linkageKeys().issueLinkageKey(reception, vua.id(), null), patient, "later.start");
        AccountStatusSweep nodeA = sweep();
        AccountStatusSweep nodeB = sweep();

        assertThat(status(vua)).isEqualTo(VuaStatus.INACTIVE);
        assertThat(nodeA.run()).as("not yet the day").isZero();
        fixture.clock.advance(Duration.ofDays(2));
        assertThat(nodeA.run()).isZero();
        assertThat(status(vua)).isEqualTo(VuaStatus.INACTIVE);

        fixture.clock.advance(Duration.ofDays(1));
        CompletableFuture<Integer> onA = CompletableFuture.supplyAsync(nodeA::run);
        CompletableFuture<Integer> onB = CompletableFuture.supplyAsync(nodeB::run);
        assertThat(onA.join() + onB.join()).as("changed once across the two nodes").isEqualTo(1);
        assertThat(status(vua)).isEqualTo(VuaStatus.ACTIVE);
        assertThat(nodeB.run()).as("nothing left to do").isZero();

        List<AuditEvent> changes = fixture.audit().withAction(AuditAction.ACCOUNT_STATUS_CHANGED.name(), 100)
                .stream().filter(e -> vua.accountId().value().equals(e.accountId())).toList();
        assertThat(changes).extracting(AuditEvent::detail).containsOnlyOnce("INACTIVE to ACTIVE")
                .doesNotContain("ACTIVE to INACTIVE");
        List<VuaHistoryEntry> history = fixture.core.transactions().read(em -> em.createQuery(
                        "select h from VuaHistoryEntry h where h.vuaId = :id and h.kind = :status", VuaHistoryEntry.class)
                .setParameter("id", vua.id()).setParameter("status", HistoryKind.STATUS).getResultList());
        assertThat(history).extracting(VuaHistoryEntry::description)
                .containsOnlyOnce("INACTIVE → ACTIVE: association start or end date reached");
    }

    private static AccountStatusSweep sweep() {
        return new AccountStatusSweep(new CoreContext(fixture.core.transactions(), fixture.audit(), fixture.clock),
                new AccountStatusRule(fixture.audit(), fixture.clock), (em, practiceId, accountId, notice) -> { });
    }

    private static VuaStatus status(Vua vua) {
        return fixture.core.transactions().read(em -> em.find(Vua.class, vua.id()).status());
    }
}
