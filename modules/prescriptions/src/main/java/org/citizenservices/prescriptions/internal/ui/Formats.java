package org.citizenservices.prescriptions.internal.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the prescription pages write dates: "14 Jan 2026", "14 Jan 2026, 09:30". */
final class Formats {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Formats() {
    }
}
