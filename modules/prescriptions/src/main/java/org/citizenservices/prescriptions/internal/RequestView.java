package org.citizenservices.prescriptions.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A request with the medicines it asks for and its progress, oldest step first, as the citizen and the practice
 * see it.
 */
public record RequestView(long requestId, long patientId, List<Line> lines, String comment, RequestStatus status,
                          String practiceComment, LocalDateTime requestedAt, LocalDateTime updatedAt,
                          String requestedBy, List<Step> progress) {

    /** A requested medicine: its course and name. */
    public record Line(long courseId, String name) {
    }

    /** A step of its progress: the status reached, when, and at the pharmacy which one (else null). */
    public record Step(RequestStatus status, LocalDateTime at, String pharmacy) {

        /** "Approved 3 December 2026", "Ready to collect at Boots, 4 December 2026". */
        public String words(java.util.function.Function<LocalDateTime, String> date) {
            return status.label() + (pharmacy == null ? "" : " at " + pharmacy) + ", " + date.apply(at);
        }
    }

    public RequestView {
        lines = List.copyOf(lines);
        progress = List.copyOf(progress);
    }

    public List<Long> courseIds() {
        return lines.stream().map(Line::courseId).toList();
    }

    /** When it reached a status, if it did. */
    public Optional<Step> reached(RequestStatus wanted) {
        return progress.stream().filter(step -> step.status() == wanted).reduce((first, later) -> later);
    }
}
