package org.citizenservices.core.internal.patient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates of birth as staff type them into the patient search. */
final class PatientSearchDates {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu");

    private PatientSearchDates() {
    }

    static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDate.parse(text, UK);
            } catch (DateTimeParseException notUk) {
                return null;
            }
        }
    }
}
