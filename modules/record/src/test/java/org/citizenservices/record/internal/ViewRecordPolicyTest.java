package org.citizenservices.record.internal;

import org.citizenservices.spi.RecordAccessLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenservices.spi.RecordAccessLevel.DETAILED_CODED;
import static org.citizenservices.spi.RecordAccessLevel.DOCUMENTS;
import static org.citizenservices.spi.RecordAccessLevel.FULL;
import static org.citizenservices.spi.RecordAccessLevel.SUMMARY;

/** The View Record rules, as a matrix over levels × sections × restricted × reviewed × filed × start date. */
class ViewRecordPolicyTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDateTime BEFORE = LocalDateTime.of(2023, 6, 1, 9, 0);
    static final LocalDateTime AFTER = LocalDateTime.of(2024, 6, 1, 9, 0);

    @Test
    void theLevelsAreCumulative_summaryIsMedicationsAndAllergiesOnly() {
        assertThat(ViewRecordPolicy.sectionsAt(SUMMARY))
                .containsExactly(RecordSection.ALLERGIES, RecordSection.MEDICATIONS);
        assertThat(ViewRecordPolicy.sectionsAt(DETAILED_CODED)).containsAll(ViewRecordPolicy.sectionsAt(SUMMARY))
                .contains(RecordSection.PROBLEMS, RecordSection.CONSULTATIONS, RecordSection.IMMUNISATIONS)
                .doesNotContain(RecordSection.DOCUMENTS, RecordSection.TEST_RESULTS);
        assertThat(ViewRecordPolicy.sectionsAt(DOCUMENTS)).containsAll(ViewRecordPolicy.sectionsAt(DETAILED_CODED))
                .contains(RecordSection.DOCUMENTS).doesNotContain(RecordSection.TEST_RESULTS);
        assertThat(ViewRecordPolicy.sectionsAt(FULL)).containsExactly(RecordSection.values());
    }

    @Test
    void freeTextAndAnnotations_onlyAtFull() {
        for (RecordAccessLevel level : RecordAccessLevel.values()) {
            assertThat(ViewRecordPolicy.freeTextShown(level)).as(level.name()).isEqualTo(level == FULL);
            assertThat(ViewRecordPolicy.annotationsShown(level)).as(level.name()).isEqualTo(level == FULL);
        }
    }

    @Test
    void theMatrix() {
        for (RecordAccessLevel level : RecordAccessLevel.values()) {
            for (RecordSection section : RecordSection.values()) {
                for (boolean restricted : new boolean[]{false, true}) {
                    for (boolean reviewed : new boolean[]{false, true}) {
                        for (boolean filed : new boolean[]{false, true}) {
                            for (LocalDate from : new LocalDate[]{null, START}) {
                                for (LocalDateTime at : new LocalDateTime[]{BEFORE, AFTER}) {
                                    boolean expected = level.includes(section.shownFrom())
                                            && !restricted
                                            && (section != RecordSection.DOCUMENTS || reviewed)
                                            && (section != RecordSection.TEST_RESULTS || filed)
                                            && (from == null || !at.isBefore(from.atStartOfDay()) || reviewed);
                                    assertThat(ViewRecordPolicy.shows(new Viewer(level, from, null), section,
                                            restricted, at, reviewed, filed))
                                            .as("%s %s restricted=%s reviewed=%s filed=%s from=%s at=%s", level,
                                                    section, restricted, reviewed, filed, from, at)
                                            .isEqualTo(expected);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aRestrictedElement_isNeverShown_whateverElseHolds() {
        for (RecordAccessLevel level : RecordAccessLevel.values()) {
            for (RecordSection section : RecordSection.values()) {
                assertThat(ViewRecordPolicy.shows(new Viewer(level, null, LocalDate.of(1900, 1, 1)), section, true,
                        AFTER, true, true)).isFalse();
            }
        }
    }

    @Test
    void aTestResult_isShownOnlyOnceFiled_evenWhenReviewedOrAtFull() {
        Viewer viewer = new Viewer(FULL, null, LocalDate.of(1900, 1, 1));

        assertThat(ViewRecordPolicy.shows(viewer, RecordSection.TEST_RESULTS, false, AFTER, true, false)).isFalse();
        assertThat(ViewRecordPolicy.shows(viewer, RecordSection.TEST_RESULTS, false, AFTER, false, true)).isTrue();
        // filing concerns results only: nothing else waits for it
        assertThat(ViewRecordPolicy.shows(viewer, RecordSection.PROBLEMS, false, AFTER, false, false)).isTrue();
    }

    @Test
    void thePracticesReviewBackToADate_countsAsAReviewOfWhatCameAfter_butNotForDocuments() {
        Viewer viewer = new Viewer(FULL, START, LocalDate.of(2023, 1, 1));

        assertThat(ViewRecordPolicy.shows(viewer, RecordSection.CONSULTATIONS, false, BEFORE, false, false)).isTrue();
        assertThat(ViewRecordPolicy.shows(viewer, RecordSection.CONSULTATIONS, false,
                LocalDateTime.of(2022, 12, 31, 9, 0), false, false)).isFalse();
        assertThat(ViewRecordPolicy.shows(viewer, RecordSection.DOCUMENTS, false, BEFORE, false, false)).isFalse();
    }
}
