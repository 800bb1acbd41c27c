package org.citizenservices.core.patient;

import org.citizenservices.core.domain.InvalidValueException;

import java.util.EnumSet;
import java.util.Set;

/**
 * How much of the record a patient (and their proxies with View Record) may see online. The levels are cumulative:
 * SUMMARY ⊂ DETAILED_CODED ⊂ DOCUMENTS ⊂ FULL, and none may be enabled without the one below it.
 */
public enum RecordAccessLevel {
    /** Medications, allergies and adverse reactions: the Summary Information dataset. The default. */
    SUMMARY("Summary information (medications, allergies, adverse reactions)"),
    /** All coded data, without free text. */
    DETAILED_CODED("Detailed coded record (no free text)"),
    /** Clinical and administrative documents, once reviewed by the practice. */
    DOCUMENTS("Documents reviewed by the practice"),
    /** Everything, including free text, demographics, annotations and results. */
    FULL("Full record, including free text");

    private final String description;

    RecordAccessLevel(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Whether this level shows what {@code other} shows. */
    public boolean includes(RecordAccessLevel other) {
        return compareTo(other) >= 0;
    }

    /** Every level this one grants, itself included. */
    public Set<RecordAccessLevel> granted() {
        return EnumSet.range(SUMMARY, this);
    }

    /**
     * The level for a set of enabled parts, as a form of tick boxes gives them; rejects a set that skips a level
     * (e.g. detailed coded without the summary), with the reason.
     */
    public static RecordAccessLevel ofEnabled(Set<RecordAccessLevel> enabled) {
        if (enabled.isEmpty()) {
            throw new InvalidValueException("The summary information is always shown when View Record is on.");
        }
        RecordAccessLevel highest = enabled.stream().max(Enum::compareTo).orElseThrow();
        for (RecordAccessLevel needed : highest.granted()) {
            if (!enabled.contains(needed)) {
                throw new InvalidValueException(highest.description() + " cannot be enabled without "
                        + needed.description().toLowerCase(java.util.Locale.ROOT) + ".");
            }
        }
        return highest;
    }
}
