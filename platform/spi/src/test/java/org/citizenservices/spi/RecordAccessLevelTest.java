package org.citizenservices.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenservices.spi.RecordAccessLevel.DETAILED_CODED;
import static org.citizenservices.spi.RecordAccessLevel.DOCUMENTS;
import static org.citizenservices.spi.RecordAccessLevel.FULL;
import static org.citizenservices.spi.RecordAccessLevel.SUMMARY;

class RecordAccessLevelTest {

    @Test
    void theLevelsAreCumulative() {
        assertThat(SUMMARY.granted()).containsExactly(SUMMARY);
        assertThat(DOCUMENTS.granted()).containsExactly(SUMMARY, DETAILED_CODED, DOCUMENTS);
        assertThat(FULL.includes(SUMMARY)).isTrue();
        assertThat(DETAILED_CODED.includes(DOCUMENTS)).isFalse();
    }

    @Test
    void eachLevelSaysWhatItShowsInThePracticesWords() {
        assertThat(DETAILED_CODED.description()).isEqualTo("Detailed coded record (no free text)");
        assertThat(FULL.description()).contains("free text");
    }
}
