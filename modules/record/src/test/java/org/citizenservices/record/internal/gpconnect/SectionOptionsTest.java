package org.citizenservices.record.internal.gpconnect;

import org.citizenservices.record.internal.EntryType;
import org.citizenservices.record.internal.RecordItem;
import org.citizenservices.record.internal.Source;
import org.citizenservices.spi.FhirRefused;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The parts of a structured-record section as an app sends them narrow what the patient may see, never widen it; a
 * part that cannot be read refuses the whole request with the specification's code rather than answering a record
 * the app did not ask for.
 */
class SectionOptionsTest {

    private static final List<RecordItem> ITEMS = List.of(
            item(1, EntryType.ACTIVE_PROBLEM, "2025-03-01T10:00"),
            item(2, EntryType.PAST_PROBLEM, "2024-06-01T10:00"),
            item(3, EntryType.ACTIVE_PROBLEM, "2019-01-15T10:00"));

    @Test
    void givenNoParts_thenEveryItemTheLevelShows() {
        assertThat(new SectionOptions(Map.of("name", "includeProblems")).apply(ITEMS)).hasSize(3);
    }

    @Test
    void givenAStatusAPeriodOrANumber_thenOnlyThoseItems_newestFirstAsTheyCame() {
        assertThat(ids(options("filterStatus", "valueCode", "active"))).containsExactly(1L, 3L);
        assertThat(ids(options("filterStatus", "valueCode", "inactive"))).containsExactly(2L);
        assertThat(ids(options("consultationSearchPeriod", "valuePeriod", Map.of("start", "2024-01-01",
                "end", "2024-12-31")))).containsExactly(2L);
        assertThat(ids(options("medicationSearchFromDate", "valueDate", "2024-06-01"))).containsExactly(1L, 2L);
        assertThat(ids(options("includeNumberOfMostRecent", "valueInteger", 2))).containsExactly(1L, 2L);
    }

    @Test
    void givenAPartThatCannotBeRead_thenInvalidParameter() {
        for (SectionOptions wrong : List.of(options("filterStatus", "valueCode", "sometimes"),
                options("consultationSearchPeriod", "valuePeriod", Map.of("start", "2024-12-31", "end", "2024-01-01")),
                options("medicationSearchFromDate", "valueDate", "last week"),
                options("includeNumberOfMostRecent", "valueInteger", 0),
                new SectionOptions(Map.of("part", List.of(Map.of("name", "filterStatus")))))) {
            assertThatThrownBy(() -> wrong.apply(ITEMS)).isInstanceOf(FhirRefused.class)
                    .satisfies(e -> assertThat(((FhirRefused) e).code()).isEqualTo("INVALID_PARAMETER"))
                    .satisfies(e -> assertThat(((FhirRefused) e).status()).isEqualTo(422));
        }
    }

    private static SectionOptions options(String part, String valueName, Object value) {
        return new SectionOptions(Map.of("name", "includeX", "part", List.of(Map.of("name", part, valueName, value))));
    }

    private static List<Long> ids(SectionOptions options) {
        return options.apply(ITEMS).stream().map(RecordItem::itemId).toList();
    }

    private static RecordItem item(long id, EntryType type, String at) {
        return new RecordItem(id, type.section(), type, "Term " + id, null, LocalDateTime.parse(at), null,
                new Source("Riverside Medical Practice", "Citizen Services", "Dr Asha Patel", "GP"), null, null, null,
                List.of(), null, null);
    }
}
