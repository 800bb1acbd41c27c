package org.citizenservices.prescriptions.internal;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citizenservices.spi.IdentifiedRow;

import java.time.LocalDateTime;

/** One step of a request's progress: the status it reached, when, who moved it and, at the pharmacy, which one. */
@Entity
@Cacheable(false)
@Table(name = "REQUEST_PROGRESS")
public class RequestProgress extends IdentifiedRow {

    @Column(name = "REQUEST_ID", nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RequestStatus status;

    @Column(name = "CHANGED_AT", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "CHANGED_BY", nullable = false, length = 160)
    private String changedBy;

    @Column(length = 120)
    private String pharmacy;

    protected RequestProgress() {
        // for JPA
    }

    RequestProgress(long requestId, RequestStatus status, LocalDateTime changedAt, String changedBy,
                    String pharmacy) {
        this.requestId = requestId;
        this.status = status;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.pharmacy = pharmacy;
    }

    public long requestId() {
        return requestId;
    }

    RequestView.Step step() {
        return new RequestView.Step(status, changedAt, pharmacy);
    }
}
