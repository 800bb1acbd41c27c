package org.citizenservices.record.internal.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the record pages write dates: "14 Jan 2025, 09:30". */
final class Formats {

    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Formats() {
    }
}
