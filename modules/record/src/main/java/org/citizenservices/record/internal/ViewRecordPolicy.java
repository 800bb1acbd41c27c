package org.citizenservices.record.internal;

import org.citizenservices.spi.RecordAccessLevel;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The View Record rules of the guidance, in one place: what a citizen (or proxy) sees of an element at their
 * patient's level. The service's queries apply the same rules in SQL, and every row they return is checked here
 * again before it leaves the module.
 */
public final class ViewRecordPolicy {

    private ViewRecordPolicy() {
    }

    /** The sections shown at a level, in reading order. */
    public static List<RecordSection> sectionsAt(RecordAccessLevel level) {
        return Arrays.stream(RecordSection.values()).filter(s -> level.includes(s.shownFrom())).toList();
    }

    public static boolean sectionShown(RecordAccessLevel level, RecordSection section) {
        return level.includes(section.shownFrom());
    }

    /**
     * Whether the element is shown at all: it is not restricted from View Record (whatever the rule); a document only
     * once the practice reviewed it; a test result only once a clinician filed it; then a new entry for a reader with
     * new-entry access ({@link ProspectiveAccess}) in any section; otherwise by the level: its section within it, and
     * data older than the level's start date only if a clinician reviewed it.
     */
    public static boolean shows(Viewer viewer, RecordSection section, boolean restricted, LocalDateTime effectiveAt,
                                boolean reviewed, boolean filed) {
        if (restricted || section == RecordSection.DOCUMENTS && !reviewed
                || section == RecordSection.TEST_RESULTS && !filed) {
            return false;
        }
        if (viewer.isNewEntry(effectiveAt)) {
            return true;
        }
        if (!sectionShown(viewer.level(), section)) {
            return false;
        }
        boolean clinicianReviewed = reviewed || viewer.reviewedBackTo() != null
                && !effectiveAt.isBefore(viewer.reviewedBackToStart());
        return viewer.from() == null || !effectiveAt.isBefore(viewer.fromStart()) || clinicianReviewed;
    }

    public static boolean shows(Viewer viewer, RecordEntry entry) {
        return shows(viewer, entry.section(), entry.restricted(), entry.effectiveAt(), entry.reviewedAt() != null,
                entry.filedAt() != null);
    }

    /**
     * Free text (consultation notes) and the practice's annotations on documents: at FULL, or in a new entry for a
     * reader with new-entry access; otherwise coded data only.
     */
    public static boolean freeTextShown(Viewer viewer, LocalDateTime effectiveAt) {
        return viewer.inFull(effectiveAt);
    }
}
