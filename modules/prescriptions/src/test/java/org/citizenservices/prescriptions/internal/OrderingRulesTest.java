package org.citizenservices.prescriptions.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a course may be requested now (E00327). */
class OrderingRulesTest {

    static Course course(CourseType type) {
        return new Course("Y99999", 1, "Amlodipine 5mg tablets", "5mg", "tablet", "One a day", "28 tablet", type, 28,
                LocalDate.of(2024, 1, 1), LocalDate.of(2026, 10, 1), "Dr Asha Patel");
    }

    @Test
    void aCurrentRepeat_withNothingOutstanding_canBeRequested() {
        assertThat(OrderingRules.from(Optional.empty()).refusal(course(CourseType.REPEAT), false)).isEmpty();
    }

    @Test
    void aRepeatWithARequestOutstanding_cannot() {
        assertThat(OrderingRules.from(Optional.empty()).refusal(course(CourseType.REPEAT), true))
                .hasValueSatisfying(why -> assertThat(why).contains("Already requested"));
    }

    @Test
    void anAcute_onlyWhereThePracticeAllowsIt() {
        assertThat(OrderingRules.from(Optional.empty()).refusal(course(CourseType.ACUTE), false)).isPresent();
        assertThat(OrderingRules.from(Optional.of("false")).refusal(course(CourseType.ACUTE), false)).isPresent();
        assertThat(OrderingRules.from(Optional.of("true")).refusal(course(CourseType.ACUTE), false)).isEmpty();
    }

    @Test
    void aCourseNoLongerPrescribed_cannot() {
        Course ended = course(CourseType.REPEAT);
        ended.end();
        assertThat(OrderingRules.from(Optional.of("true")).refusal(ended, false))
                .hasValueSatisfying(why -> assertThat(why).contains("no longer prescribed"));
    }
}
