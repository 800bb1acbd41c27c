package org.citizenservices.record.internal;

/** How a citizen may order a section: newest first, or grouped by type, problem or source (newest first within). */
public enum RecordSort {
    DATE, TYPE, PROBLEM, SOURCE
}
