package org.citizenservices.record.internal;

import org.citizenservices.spi.RecordAccessLevel;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of what a citizen may see, with the mandated statement that goes with every record access.
 *
 * @param total          how many items the whole selection has (restricted and hidden elements are not counted)
 * @param newEntriesFrom where the reader's new-entry access starts ({@link ProspectiveAccess}), or {@code null}
 */
public record RecordPage(String statement, RecordAccessLevel level, List<RecordSection> sections,
                         List<RecordItem> items, long total, int offset, LocalDate newEntriesFrom) {
}
