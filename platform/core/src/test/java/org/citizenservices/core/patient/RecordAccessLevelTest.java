package org.citizenservices.core.patient;

import org.citizenservices.core.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenservices.core.patient.RecordAccessLevel.DETAILED_CODED;
import static org.citizenservices.core.patient.RecordAccessLevel.DOCUMENTS;
import static org.citizenservices.core.patient.RecordAccessLevel.FULL;
import static org.citizenservices.core.patient.RecordAccessLevel.SUMMARY;

class RecordAccessLevelTest {

    @Test
    void theLevelsAreCumulative() {
        assertThat(SUMMARY.granted()).containsExactly(SUMMARY);
        assertThat(DOCUMENTS.granted()).containsExactly(SUMMARY, DETAILED_CODED, DOCUMENTS);
        assertThat(FULL.includes(SUMMARY)).isTrue();
        assertThat(DETAILED_CODED.includes(DOCUMENTS)).isFalse();
    }

    @Test
    void aLevelCannotBeEnabledWithoutTheOnesBelowIt() {
        assertThatThrownBy(() -> RecordAccessLevel.ofEnabled(Set.of(DETAILED_CODED)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("without summary");
        assertThatThrownBy(() -> RecordAccessLevel.ofEnabled(EnumSet.of(SUMMARY, DOCUMENTS)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("detailed coded");
        assertThatThrownBy(() -> RecordAccessLevel.ofEnabled(Set.of())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aCompleteSetGivesItsHighestLevel() {
        assertThat(RecordAccessLevel.ofEnabled(EnumSet.of(SUMMARY))).isEqualTo(SUMMARY);
        assertThat(RecordAccessLevel.ofEnabled(EnumSet.allOf(RecordAccessLevel.class))).isEqualTo(FULL);
    }
}
