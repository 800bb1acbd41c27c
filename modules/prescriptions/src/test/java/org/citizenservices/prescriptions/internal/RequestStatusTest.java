package org.citizenservices.prescriptions.internal;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenservices.prescriptions.internal.RequestStatus.CANCELLED;
import static org.citizenservices.prescriptions.internal.RequestStatus.COLLECTED;
import static org.citizenservices.prescriptions.internal.RequestStatus.DISPATCHED;
import static org.citizenservices.prescriptions.internal.RequestStatus.FORWARDED_FOR_SIGNING;
import static org.citizenservices.prescriptions.internal.RequestStatus.ISSUED;
import static org.citizenservices.prescriptions.internal.RequestStatus.NOT_DISPENSED;
import static org.citizenservices.prescriptions.internal.RequestStatus.READY_TO_COLLECT;
import static org.citizenservices.prescriptions.internal.RequestStatus.REJECTED;
import static org.citizenservices.prescriptions.internal.RequestStatus.REQUESTED;

/**
 * The request's life (E00328/E00330) to the patient's medicine: REQUESTED → FORWARDED_FOR_SIGNING → ISSUED
 * (approved) → READY_TO_COLLECT → COLLECTED, or DISPATCHED, or NOT_DISPENSED; or REJECTED, or CANCELLED.
 */
class RequestStatusTest {

    @Test
    void aRequest_isForwardedThenApproved_orRejected_orCancelledWhileRequested() {
        assertThat(REQUESTED.next()).containsExactlyInAnyOrder(FORWARDED_FOR_SIGNING, REJECTED, CANCELLED);
        assertThat(FORWARDED_FOR_SIGNING.next()).containsExactlyInAnyOrder(ISSUED, REJECTED);
    }

    @Test
    void anApprovedRequest_goesOnAtThePharmacy_readyThenCollected_orDispatched_orNotDispensed() {
        assertThat(ISSUED.next()).containsExactlyInAnyOrder(READY_TO_COLLECT, DISPATCHED, COLLECTED, NOT_DISPENSED);
        assertThat(READY_TO_COLLECT.next()).containsExactlyInAnyOrder(COLLECTED, NOT_DISPENSED);
    }

    @Test
    void theEndStates_moveNowhere_soNothingFinishedIsEverEdited() {
        for (RequestStatus end : EnumSet.of(DISPATCHED, COLLECTED, NOT_DISPENSED, REJECTED, CANCELLED)) {
            assertThat(end.next()).as(end.name()).isEmpty();
            for (RequestStatus any : RequestStatus.values()) {
                assertThat(end.canMoveTo(any)).isFalse();
            }
        }
    }

    @Test
    void everyMoveNotListed_isIllegal_noSkippingApproval_noGoingBack() {
        Set<String> legal = Set.of("REQUESTED>FORWARDED_FOR_SIGNING", "REQUESTED>REJECTED", "REQUESTED>CANCELLED",
                "FORWARDED_FOR_SIGNING>ISSUED", "FORWARDED_FOR_SIGNING>REJECTED", "ISSUED>READY_TO_COLLECT",
                "ISSUED>DISPATCHED", "ISSUED>COLLECTED", "ISSUED>NOT_DISPENSED", "READY_TO_COLLECT>COLLECTED",
                "READY_TO_COLLECT>NOT_DISPENSED");
        for (RequestStatus from : RequestStatus.values()) {
            for (RequestStatus to : RequestStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(legal.contains(from + ">" + to));
            }
        }
    }

    @Test
    void aCitizenCannotCancel_onceThePracticeHasForwardedIt() {
        assertThat(FORWARDED_FOR_SIGNING.canMoveTo(CANCELLED)).isFalse();
        assertThat(REQUESTED.canMoveTo(ISSUED)).isFalse();
        assertThat(REQUESTED.canMoveTo(READY_TO_COLLECT)).isFalse();
    }

    @Test
    void onlyRequestedAndForwarded_areOutstanding_andOnlyApprovedOnesGoToThePharmacy() {
        assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(RequestStatus::outstanding))
                .containsExactlyInAnyOrder(REQUESTED, FORWARDED_FOR_SIGNING);
        assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(RequestStatus::approved))
                .containsExactlyInAnyOrder(ISSUED, READY_TO_COLLECT, DISPATCHED, COLLECTED, NOT_DISPENSED);
    }

    @Test
    void thePatientIsToldOfApproval_rejection_andThePharmacysNews_neverOfTheirOwnCancelling() {
        assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(s -> s.notice() != null))
                .containsExactlyInAnyOrder(ISSUED, READY_TO_COLLECT, DISPATCHED, NOT_DISPENSED, REJECTED);
        // short enough for a text message (the outbox refuses more than 200 characters)
        EnumSet.allOf(RequestStatus.class).stream().filter(s -> s.notice() != null)
                .forEach(s -> assertThat(s.notice().length()).isLessThanOrEqualTo(200));
    }
}
