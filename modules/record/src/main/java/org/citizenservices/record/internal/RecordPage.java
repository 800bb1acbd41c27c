package org.citizenservices.record.internal;

import org.citizenservices.spi.RecordAccessLevel;

import java.util.List;

/**
 * One page of what a citizen may see, with the mandated statement that goes with every record access.
 *
 * @param total how many items the whole selection has (restricted and hidden elements are not counted)
 */
public record RecordPage(String statement, RecordAccessLevel level, List<RecordSection> sections,
                         List<RecordItem> items, long total, int offset) {
}
