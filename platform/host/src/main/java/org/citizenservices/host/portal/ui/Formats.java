package org.citizenservices.host.portal.ui;

import org.citizenservices.core.api.service.Times;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as a UK practice writes them: 14 March 1985; 24 Nov 2026, 10:05 (UK time). */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A stored UTC time shown in UK time. */
    public static String dateTime(LocalDateTime utc) {
        return utc == null ? "" : DATE_TIME.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(Times.UK));
    }
}
