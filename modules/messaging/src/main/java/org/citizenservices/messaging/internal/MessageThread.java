package org.citizenservices.messaging.internal;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citizenservices.spi.PatientRow;

import java.time.LocalDateTime;

/** A conversation between a patient (or their proxy) and the practice. */
@Entity
@Cacheable(false)
@Table(name = "THREAD")
public class MessageThread extends PatientRow {

    @Column(nullable = false, length = 150)
    private String subject;

    @Column(name = "RECIPIENT_ID")
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ThreadStatus status;

    @Column(name = "ASSIGNED_TO", length = 120)
    private String assignedTo;

    @Column(name = "STARTED_AT", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "STARTED_BY", nullable = false, length = 160)
    private String startedBy;

    @Column(name = "LAST_MESSAGE_AT", nullable = false)
    private LocalDateTime lastMessageAt;

    @Column(name = "ACCOUNT_ID", length = 20)
    private String accountId;

    protected MessageThread() {
        // for JPA
    }

    MessageThread(String practiceOds, long patientId, String subject, Long recipientId, LocalDateTime at, String by,
                  String accountId) {
        super(practiceOds, patientId);
        this.accountId = accountId;
        this.subject = subject;
        this.recipientId = recipientId;
        this.status = ThreadStatus.OPEN;
        this.startedAt = at;
        this.startedBy = by;
        this.lastMessageAt = at;
    }

    public String subject() {
        return subject;
    }

    public Long recipientId() {
        return recipientId;
    }

    public ThreadStatus status() {
        return status;
    }

    public String assignedTo() {
        return assignedTo;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    /** The account that started it: whom the practice's replies are notified to. */
    public String accountId() {
        return accountId;
    }

    public LocalDateTime lastMessageAt() {
        return lastMessageAt;
    }

    void messaged(LocalDateTime at, ThreadStatus next) {
        this.lastMessageAt = at;
        this.status = next;
    }

    void status(ThreadStatus status) {
        this.status = status;
    }

    void assign(String to) {
        this.assignedTo = to;
    }
}
