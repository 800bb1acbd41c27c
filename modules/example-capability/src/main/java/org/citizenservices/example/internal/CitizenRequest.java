package org.citizenservices.example.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citizenservices.spi.IdentifiedRow;

import java.time.LocalDateTime;

/** One request a patient sent. Keyed by the host's patient id: the module keeps no copy of who the patient is. */
@Entity
@Table(name = "CITIZEN_REQUEST")
public class CitizenRequest extends IdentifiedRow {

    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;

    @Column(name = "DETAILS", nullable = false, length = Requests.MAX_DETAILS)
    private String details;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private RequestStatus status;

    @Column(name = "SENT_BY", nullable = false, length = 200)
    private String sentBy;

    @Column(name = "RECEIVED_AT", nullable = false)
    private LocalDateTime receivedAt;

    @Column(name = "DONE_AT")
    private LocalDateTime doneAt;

    protected CitizenRequest() {
        // for JPA
    }

    CitizenRequest(long patientId, String details, String sentBy, LocalDateTime receivedAt) {
        this.patientId = patientId;
        this.details = details;
        this.sentBy = sentBy;
        this.receivedAt = receivedAt;
        this.status = RequestStatus.RECEIVED;
    }

    void markDone(LocalDateTime at) {
        status = RequestStatus.DONE;
        doneAt = at;
    }

    long patientId() {
        return patientId;
    }

    RequestStatus status() {
        return status;
    }

    RequestSummary summary() {
        return new RequestSummary(id(), details, status.name(), status.label(), sentBy, receivedAt, doneAt);
    }
}
