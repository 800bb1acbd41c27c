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

/**
 * The View Record rules, as a matrix over levels × sections × restricted × reviewed × filed × start date × new-entry
 * access.
 */
class ViewRecordPolicyTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDateTime BEFORE = LocalDateTime.of(2023, 6, 1, 9, 0);
    static final LocalDateTime AFTER = LocalDateTime.of(2024, 6, 1, 9, 0);
    static final LocalDate NEW_FROM = LocalDate.of(2024, 3, 1);

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
    void freeTextAndAnnotations_atFull_orInANewEntry() {
        for (RecordAccessLevel level : RecordAccessLevel.values()) {
            assertThat(ViewRecordPolicy.freeTextShown(new Viewer(level, null, null), AFTER)).as(level.name())
                    .isEqualTo(level == FULL);
            Viewer withNewEntries = new Viewer(level, null, null, NEW_FROM);
            assertThat(ViewRecordPolicy.freeTextShown(withNewEntries, AFTER)).as(level.name()).isTrue();
            assertThat(ViewRecordPolicy.freeTextShown(withNewEntries, BEFORE)).as(level.name())
                    .isEqualTo(level == FULL);
            // the first moment of the start day is new
            assertThat(ViewRecordPolicy.freeTextShown(withNewEntries, NEW_FROM.atStartOfDay())).isTrue();
            assertThat(ViewRecordPolicy.freeTextShown(withNewEntries, NEW_FROM.atStartOfDay().minusSeconds(1)))
                    .isEqualTo(level == FULL);
        }
    }

    @Test
    void newEntryAccess_opensEverySection_andOlderEntriesKeepTheLevel() {
        Viewer viewer = new Viewer(SUMMARY, START, null, NEW_FROM);

        assertThat(viewer.sections()).containsExactly(RecordSection.values());
        assertThat(new Viewer(SUMMARY, START, null).sections()).containsExactly(RecordSection.ALLERGIES,
                RecordSection.MEDICATIONS);
        assertThat(ViewRecordPolicy.shows(viewer, RecordSection.CONSULTATIONS, false, AFTER, false, false)).isTrue();
        assertThat(ViewRecordPolicy.shows(viewer, RecordSection.CONSULTATIONS, false, BEFORE, false, false)).isFalse();
        // before the level's start date but after the new-entry start: new, so shown
        assertThat(ViewRecordPolicy.shows(new Viewer(SUMMARY, AFTER.toLocalDate().plusDays(1), null, NEW_FROM),
                RecordSection.MEDICATIONS, false, AFTER, false, false)).isTrue();
    }

    @Test
    void theMatrix() {
        for (RecordAccessLevel level : RecordAccessLevel.values()) {
            for (RecordSection section : RecordSection.values()) {
                for (boolean restricted : new boolean[]{false, true}) {
                    for (boolean reviewed : new boolean[]{false, true}) {
                        for (boolean filed : new boolean[]{false, true}) {
                            for (LocalDate from : new LocalDate[]{null, START}) {
                                for (LocalDate newFrom : new LocalDate[]{null, NEW_FROM}) {
                                    for (LocalDateTime at : new LocalDateTime[]{BEFORE, AFTER}) {
                                        boolean base = !restricted
                                                && (section != RecordSection.DOCUMENTS || reviewed)
                                                && (section != RecordSection.TEST_RESULTS || filed);
                                        boolean byLevel = level.includes(section.shownFrom())
                                                && (from == null || !at.isBefore(from.atStartOfDay()) || reviewed);
                                        boolean isNew = newFrom != null && !at.isBefore(newFrom.atStartOfDay());
                                        assertThat(ViewRecordPolicy.shows(new Viewer(level, from, null, newFrom),
                                                section, restricted, at, reviewed, filed))
                                                .as("%s %s restricted=%s reviewed=%s filed=%s from=%s new=%s at=%s",
                                                        level, section, restricted, reviewed, filed, from, newFrom, at)
                                                .isEqualTo(base && (byLevel || isNew));
                                    }
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
