package org.citizenservices.prescriptions.internal;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenservices.prescriptions.internal.RequestStatus.CANCELLED;
import static org.citizenservices.prescriptions.internal.RequestStatus.FORWARDED_FOR_SIGNING;
import static org.citizenservices.prescriptions.internal.RequestStatus.ISSUED;
import static org.citizenservices.prescriptions.internal.RequestStatus.REJECTED;
import static org.citizenservices.prescriptions.internal.RequestStatus.REQUESTED;

/** The request's life (E00328/E00330): REQUESTED → FORWARDED_FOR_SIGNING → ISSUED, or REJECTED, or CANCELLED. */
class RequestStatusTest {

    @Test
    void aRequest_isForwardedThenIssued_orRejected_orCancelledWhileRequested() {
        assertThat(REQUESTED.next()).containsExactlyInAnyOrder(FORWARDED_FOR_SIGNING, REJECTED, CANCELLED);
        assertThat(FORWARDED_FOR_SIGNING.next()).containsExactlyInAnyOrder(ISSUED, REJECTED);
    }

    @Test
    void theEndStates_moveNowhere_soAnIssuedRequestIsNeverEdited() {
        for (RequestStatus end : EnumSet.of(ISSUED, REJECTED, CANCELLED)) {
            assertThat(end.next()).as(end.name()).isEmpty();
            for (RequestStatus any : RequestStatus.values()) {
                assertThat(end.canMoveTo(any)).isFalse();
            }
        }
    }

    @Test
    void aCitizenCannotCancel_onceThePracticeHasForwardedIt() {
        assertThat(FORWARDED_FOR_SIGNING.canMoveTo(CANCELLED)).isFalse();
        assertThat(REQUESTED.canMoveTo(ISSUED)).isFalse();
    }

    @Test
    void onlyRequestedAndForwarded_areOutstanding() {
        assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(RequestStatus::outstanding))
                .containsExactlyInAnyOrder(REQUESTED, FORWARDED_FOR_SIGNING);
    }
}
