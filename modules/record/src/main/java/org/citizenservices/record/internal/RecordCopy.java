package org.citizenservices.record.internal;

import org.citizenservices.spi.ActingFor;
import org.citizenservices.spi.RecordAccessLevel;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything of a patient's record a citizen may see, as the record page shows it — the same items from the same
 * {@link RecordPages}, every section of the level, newest first — for a download. Never more than the screen:
 * demographics only where the page shows them (administrative information, at FULL), documents by title and date
 * (each file is opened on its own).
 *
 * @param demographics whether the date of birth and NHS number are shown (the page's demographics line)
 * @param madeAt       when the copy was made, in the practice's time
 */
public record RecordCopy(String statement, RecordAccessLevel level, List<RecordSection> sections, ActingFor patient,
                         String practiceName, boolean demographics, List<RecordItem> items, LocalDateTime madeAt,
                         ZoneId zone) {

    public RecordCopy {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
    }

    /** The items of one section, newest first. */
    public List<RecordItem> in(RecordSection section) {
        return items.stream().filter(item -> item.section() == section).toList();
    }

    /** The file's title, which names it when saved: "GP record 2026-12-06" ({@code gp-record-2026-12-06.pdf}). */
    public String title() {
        return "GP record " + madeAt.toLocalDate();
    }
}
