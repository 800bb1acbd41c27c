package org.citizenservices.example.internal;

import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JpaFeedbackServiceTest {

    // no database: invalid answers must be refused before anything is stored
    private final FeedbackService service = new JpaFeedbackService(null, Clock.systemUTC());

    @Test
    void givenNoRating_whenSubmitted_thenRefusedWithAMessage() {
        assertThatThrownBy(() -> service.submit(null, "great"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Choose how your experience was.");
    }

    @Test
    void givenACommentTooLong_whenSubmitted_thenRefusedWithAMessage() {
        assertThatThrownBy(() -> service.submit(Rating.GOOD, "x".repeat(FeedbackService.MAX_COMMENT + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Your comment must be 1000 characters or fewer.");
    }
}
