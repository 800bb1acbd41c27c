package org.citizenservices.prescriptions.internal;

import java.time.LocalDateTime;
import java.util.List;

/** A request with the medicines it asks for, as the citizen and the practice see it. */
public record RequestView(long requestId, long patientId, List<Line> lines, String comment, RequestStatus status,
                          String practiceComment, LocalDateTime requestedAt, LocalDateTime updatedAt,
                          String requestedBy) {

    /** A requested medicine: its course and name. */
    public record Line(long courseId, String name) {
    }

    public List<Long> courseIds() {
        return lines.stream().map(Line::courseId).toList();
    }
}
