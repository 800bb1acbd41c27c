package org.citizenservices.consultations.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The national screen as the clinical safety officer reviewed it, read from the bundle's data file. */
class RedFlagScreenTest {

    @Test
    void theScreenHasItsVersionAdviceAndTheFiveQuestionsInOrder() {
        RedFlagScreen screen = RedFlagScreen.national();

        assertThat(screen.version()).isEqualTo("2026.12-1");
        assertThat(screen.advice()).contains("999", "NHS 111", "111.nhs.uk");
        assertThat(screen.questions()).extracting(RedFlagQuestion::id)
                .containsExactly("chest-pain", "breathing", "stroke", "bleeding", "self-harm");
        assertThat(screen.questions()).allSatisfy(q -> assertThat(q.text()).endsWith("?"));
    }
}
