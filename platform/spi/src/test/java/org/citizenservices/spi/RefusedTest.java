package org.citizenservices.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One refusal type for every capability, and one way for a handler to turn what its service refuses into a problem. */
class RefusedTest {

    /** A capability's own refusal, as the module developer guide shows it. */
    static final class BookingRefused extends Refused {
        enum Reason { SLOT_TAKEN, NOT_FOUND }

        BookingRefused(Reason reason, String message) {
            super(reason, switch (reason) {
                case SLOT_TAKEN -> 409;
                case NOT_FOUND -> 404;
            }, message);
        }

        @Override
        public Reason reason() {
            return (Reason) super.reason();
        }
    }

    @Test
    void aRefusal_carriesItsReason_itsMessage_andTheStatusItsCapabilityChose() {
        BookingRefused refused = new BookingRefused(BookingRefused.Reason.SLOT_TAKEN, "Someone else booked it.");

        assertThat(refused.reason()).isEqualTo(BookingRefused.Reason.SLOT_TAKEN);
        assertThat(refused.getMessage()).isEqualTo("Someone else booked it.");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.title()).isEqualTo("Conflict");
        assertThat(refused).isInstanceOf(ApiProblem.class);
    }

    @Test
    void anUploadRefusal_isOneToo_withTheStatusOfItsReason() {
        UploadRefused refused = new UploadRefused(UploadRefused.Reason.TOO_LARGE, "A file is at most 5 MiB.");

        assertThat(refused).isInstanceOf(Refused.class);
        assertThat(refused.reason()).isEqualTo(UploadRefused.Reason.TOO_LARGE);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.title()).isEqualTo("Content too large");
    }

    @Test
    void givenAServiceCallThatRefuses_whenAnswered_thenTheRefusalIsTheProblem() {
        BookingRefused refused = new BookingRefused(BookingRefused.Reason.NOT_FOUND, "There is no such slot.");

        assertThatThrownBy(() -> ApiProblem.answering(() -> {
            throw refused;
        })).isSameAs(refused);
    }

    @Test
    void givenInputTheServiceRejects_whenAnswered_thenItIsA400WithTheServicesMessage() {
        assertThatThrownBy(() -> ApiProblem.answering(() -> {
            throw new IllegalArgumentException("Your reason must be at most 500 characters.");
        })).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.getMessage()).isEqualTo("Your reason must be at most 500 characters.");
        });
    }

    @Test
    void givenAFault_whenAnswered_thenItIsNotDressedAsAProblem() {
        assertThatThrownBy(() -> ApiProblem.answering(() -> {
            throw new IllegalStateException("bug");
        })).isExactlyInstanceOf(IllegalStateException.class);
        assertThat(ApiProblem.answering(() -> "done")).isEqualTo("done");
    }
}
