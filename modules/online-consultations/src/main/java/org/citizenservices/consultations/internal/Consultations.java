package org.citizenservices.consultations.internal;

import java.util.List;

/** The patient API's answer to a list request: an object, so fields can be added without breaking apps. */
public record Consultations(List<ConsultationSummary> consultations) {
}
