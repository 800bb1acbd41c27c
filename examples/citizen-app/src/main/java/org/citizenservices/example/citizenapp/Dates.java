package org.citizenservices.example.citizenapp;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people in England read them: "Monday 7 December 2026, 9:10am", in UK time. */
public final class Dates {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    public static String slot(OffsetDateTime at) {
        return at == null ? "" : DAY.format(at.atZoneSameInstant(UK)) + ", "
                + TIME.format(at.atZoneSameInstant(UK)).toLowerCase(Locale.UK);
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String day(OffsetDateTime at) {
        return at == null ? "" : DAY.format(at.atZoneSameInstant(UK));
    }

    /** Instance methods for the page templates, which call {@code ${dates.at(...)}}. */
    public String at(OffsetDateTime at) {
        return slot(at);
    }

    public String on(Object date) {
        return date instanceof LocalDate local ? day(local) : date instanceof OffsetDateTime at ? day(at) : "";
    }
}
