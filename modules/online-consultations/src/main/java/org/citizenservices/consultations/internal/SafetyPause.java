package org.citizenservices.consultations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.spi.IdentifiedRow;

import java.time.LocalDateTime;

/** A practice's recorded safety pause: the service is closed to new requests until it is ended. */
@Entity
@Table(name = "SAFETY_PAUSE")
public class SafetyPause extends IdentifiedRow {

    @Column(name = "PRACTICE_ODS", nullable = false, length = 10)
    private String practiceOds;
    @Column(name = "REASON", nullable = false, length = Limits.PAUSE_REASON)
    private String reason;
    @Column(name = "PAUSED_BY", nullable = false, length = 200)
    private String pausedBy;
    @Column(name = "PAUSED_AT", nullable = false)
    private LocalDateTime pausedAt;
    @Column(name = "ENDED_BY", length = 200)
    private String endedBy;
    @Column(name = "ENDED_AT")
    private LocalDateTime endedAt;

    protected SafetyPause() {
        // for JPA
    }

    SafetyPause(String practiceOds, String reason, String pausedBy, LocalDateTime pausedAt) {
        this.practiceOds = practiceOds;
        this.reason = reason;
        this.pausedBy = pausedBy;
        this.pausedAt = pausedAt;
    }

    void end(String by, LocalDateTime at) {
        endedBy = by;
        endedAt = at;
    }

    public String practiceOds() {
        return practiceOds;
    }

    public String reason() {
        return reason;
    }

    public String pausedBy() {
        return pausedBy;
    }

    public LocalDateTime pausedAt() {
        return pausedAt;
    }
}
