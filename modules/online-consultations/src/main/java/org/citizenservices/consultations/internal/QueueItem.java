package org.citizenservices.consultations.internal;

import java.time.LocalDateTime;

/** A request on the practice's triage queue, with the patient named by the host. */
public record QueueItem(ConsultationSummary request, String patientName, String nhsNumber, Urgency urgency,
                        String assignedTo, LocalDateTime dueBy, boolean overdue, boolean inConversation) {
}
