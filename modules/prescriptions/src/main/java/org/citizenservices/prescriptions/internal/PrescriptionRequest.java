package org.citizenservices.prescriptions.internal;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citizenservices.spi.PatientRow;

import java.time.LocalDateTime;

/** A citizen's (or the practice's) request for repeats, and where it stands; its courses are {@link RequestLine}s. */
@Entity
@Cacheable(false)
@Table(name = "PRESCRIPTION_REQUEST")
public class PrescriptionRequest extends PatientRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RequestStatus status;

    @Column(name = "PATIENT_COMMENT", length = 500)
    private String comment;

    @Column(name = "PRACTICE_COMMENT", length = 500)
    private String practiceComment;

    @Column(name = "REQUESTED_AT", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "REQUESTED_BY", nullable = false, length = 160)
    private String requestedBy;

    @Column(name = "REQUESTED_AS", nullable = false, length = 10)
    private String requestedAs;

    @Column(name = "UPDATED_BY", nullable = false, length = 160)
    private String updatedBy;

    protected PrescriptionRequest() {
        // for JPA
    }

    PrescriptionRequest(String practiceOds, long patientId, String comment, LocalDateTime at, String by, String as) {
        super(practiceOds, patientId);
        this.status = RequestStatus.REQUESTED;
        this.comment = comment;
        this.requestedAt = at;
        this.updatedAt = at;
        this.requestedBy = by;
        this.requestedAs = as;
        this.updatedBy = by;
    }

    public RequestStatus status() {
        return status;
    }

    public String comment() {
        return comment;
    }

    public String practiceComment() {
        return practiceComment;
    }

    public LocalDateTime requestedAt() {
        return requestedAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requestedAs() {
        return requestedAs;
    }

    /** Moves on, if the status may; a refusal names the status it is in. */
    void move(RequestStatus to, String practiceComment, LocalDateTime at, String by) {
        if (!status.canMoveTo(to)) {
            throw new PrescriptionRefused(PrescriptionRefused.Reason.WRONG_STATUS,
                    "This request is " + status.label().toLowerCase() + " and cannot be "
                            + (to == RequestStatus.CANCELLED ? "cancelled" : "changed") + " now.");
        }
        this.status = to;
        if (practiceComment != null) {
            this.practiceComment = practiceComment;
        }
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
