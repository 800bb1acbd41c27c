package org.citizenservices.appointments.internal;

import java.time.LocalDate;
import java.util.List;

/** What a citizen can filter free slots by, and the practice's booking rules as of today. */
public record BookMeta(List<Clinician> clinicians, List<String> locations, List<String> slotTypes, BookingRules rules,
                       LocalDate today, LocalDate lastBookableDay) {
}
