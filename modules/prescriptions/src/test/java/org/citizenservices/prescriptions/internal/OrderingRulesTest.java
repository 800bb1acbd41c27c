package org.citizenservices.prescriptions.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a course may be requested now (E00327), and if not, why: in words and as a code. */
class OrderingRulesTest {

    /** Last issued on 1 October 2026 for 28 days: it runs out on 29 October. */
    static final LocalDate ISSUED = LocalDate.of(2026, 10, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static Course course(CourseType type) {
        return new Course("Y99999", 1, "Amlodipine 5mg tablets", "5mg", "tablet", "One a day", "28 tablet", type, 28,
                LocalDate.of(2024, 1, 1), ISSUED, "Dr Asha Patel");
    }

    static OrderingRules rules(Map<String, String> settings) {
        return OrderingRules.from(key -> Optional.ofNullable(settings.get(key)));
    }

    static final OrderingRules DEFAULTS = rules(Map.of());

    @Test
    void aCurrentRepeat_withNothingOutstanding_canBeRequested() {
        assertThat(DEFAULTS.refusal(course(CourseType.REPEAT), null, TODAY)).isEmpty();
    }

    @Test
    void aRepeatWithARequestOutstanding_saysWhenItWasOrdered() {
        assertThat(DEFAULTS.refusal(course(CourseType.REPEAT), LocalDate.of(2026, 12, 2), TODAY))
                .hasValueSatisfying(why -> {
                    assertThat(why.code()).isEqualTo(OrderingRefusal.ALREADY_REQUESTED);
                    assertThat(why.text()).isEqualTo("Ordered on 2 December 2026, still being processed by the"
                            + " practice.");
                });
    }

    @Test
    void aRepeatWhoseReviewIsDue_saysContactThePractice_fromTheDayItIsDue_notBefore() {
        Course course = course(CourseType.REPEAT);
        course.reviewDueFrom(TODAY);
        assertThat(DEFAULTS.refusal(course, null, TODAY)).hasValueSatisfying(why -> {
            assertThat(why.code()).isEqualTo(OrderingRefusal.REVIEW_DUE);
            assertThat(why.text()).startsWith("Review due: contact the practice.");
        });
        assertThat(DEFAULTS.refusal(course, null, TODAY.minusDays(1))).isEmpty();
        // a request already with the practice is said first: the practice reviews it there
        assertThat(DEFAULTS.refusal(course, TODAY.minusDays(2), TODAY)).map(OrderingRefusal.Because::code)
                .hasValue(OrderingRefusal.ALREADY_REQUESTED);
    }

    @Test
    void aRepeatIssuedRecently_isTooEarly_untilThePracticesDaysBeforeItRunsOut() {
        // runs out on 29 October; the practice's default lets it be ordered ten days before, from 19 October
        assertThat(DEFAULTS.refusal(course(CourseType.REPEAT), null, LocalDate.of(2026, 10, 18)))
                .hasValueSatisfying(why -> {
                    assertThat(why.code()).isEqualTo(OrderingRefusal.TOO_EARLY);
                    assertThat(why.text()).isEqualTo("Too early: you can order this again from 19 October 2026.");
                });
        assertThat(DEFAULTS.refusal(course(CourseType.REPEAT), null, LocalDate.of(2026, 10, 19))).isEmpty();
        OrderingRules sevenDays = rules(Map.of(OrderingRules.DAYS_BEFORE_RUN_OUT, "7"));
        assertThat(sevenDays.refusal(course(CourseType.REPEAT), null, LocalDate.of(2026, 10, 21))).isPresent();
        assertThat(sevenDays.refusal(course(CourseType.REPEAT), null, LocalDate.of(2026, 10, 22))).isEmpty();
        // more days than the course lasts: any time
        assertThat(rules(Map.of(OrderingRules.DAYS_BEFORE_RUN_OUT, "90")).refusal(course(CourseType.REPEAT), null,
                ISSUED)).isEmpty();
    }

    @Test
    void anAcute_onlyWhereThePracticeAllowsIt_andNeverTooEarly() {
        assertThat(DEFAULTS.refusal(course(CourseType.ACUTE), null, TODAY)).hasValueSatisfying(why ->
                assertThat(why.code()).isEqualTo(OrderingRefusal.ONE_OFF));
        assertThat(rules(Map.of(OrderingRules.ACUTE_ORDERABLE, "false")).refusal(course(CourseType.ACUTE), null,
                TODAY)).isPresent();
        assertThat(rules(Map.of(OrderingRules.ACUTE_ORDERABLE, "true")).refusal(course(CourseType.ACUTE), null,
                ISSUED)).isEmpty();
    }

    @Test
    void aCourseNoLongerPrescribed_cannot() {
        Course ended = course(CourseType.REPEAT);
        ended.end();
        assertThat(rules(Map.of(OrderingRules.ACUTE_ORDERABLE, "true")).refusal(ended, null, TODAY))
                .hasValueSatisfying(why -> {
                    assertThat(why.code()).isEqualTo(OrderingRefusal.NO_LONGER_PRESCRIBED);
                    assertThat(why.text()).contains("no longer prescribed");
                });
    }

    @Test
    void theSettingIsDeclaredWithItsBounds() {
        assertThat(OrderingRules.SETTINGS).anySatisfy(setting -> {
            assertThat(setting.key()).isEqualTo(OrderingRules.DAYS_BEFORE_RUN_OUT);
            assertThat(setting.problem("91")).isPresent();
            assertThat(setting.problem("10")).isEmpty();
        });
        // a stored value the declaration would refuse reads as the default, never a failure
        for (String bad : new String[]{"ten", "-1", "91"}) {
            assertThat(rules(Map.of(OrderingRules.DAYS_BEFORE_RUN_OUT, bad)).daysBeforeRunOut()).as(bad)
                    .isEqualTo(OrderingRules.DEFAULT_DAYS_BEFORE_RUN_OUT);
        }
    }
}
