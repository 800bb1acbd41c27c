package org.citizenservices.appointments.internal.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the appointment pages write dates and times: "Tue 1 Dec 2026", "09:15". */
final class Formats {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm", Locale.UK);

    private Formats() {
    }
}
