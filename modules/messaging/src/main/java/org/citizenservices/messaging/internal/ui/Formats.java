package org.citizenservices.messaging.internal.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the message pages write dates: "14 Jan 2026, 09:30". */
final class Formats {

    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Formats() {
    }
}
