package org.citizenservices.core.internal.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.LocalDateTime;

/** One notice to a citizen's online account, waiting in the outbox, sent, or given up on. */
@Entity
@Table(name = "NOTIFICATION_OUTBOX")
public class OutboxNotification implements org.citizenservices.core.api.notify.OutboxNotificationDetails {

    public enum Status { QUEUED, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PRACTICE_ID", nullable = false)
    private long practiceId;

    @Column(name = "ACCOUNT_ID", nullable = false, length = 12)
    private String accountId;

    @Column(name = "NOTICE", nullable = false, length = NotificationOutboxService.MAX_NOTICE)
    private String notice;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private Status status;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "CLAIMED_BY", length = 32)
    private String claimedBy;

    @Column(name = "CLAIMED_UNTIL")
    private LocalDateTime claimedUntil;

    @Column(name = "CHANNEL", length = 10)
    private String channel;

    @Column(name = "LAST_ERROR", length = 200)
    private String lastError;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "SENT_AT")
    private LocalDateTime sentAt;

    protected OutboxNotification() {
        // for JPA
    }

    OutboxNotification(long practiceId, String accountId, String notice, LocalDateTime now) {
        this.practiceId = practiceId;
        this.accountId = accountId;
        this.notice = notice;
        this.status = Status.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(String by, LocalDateTime now) {
        status = Status.SENT;
        channel = by;
        sentAt = now;
        attempts++;
        claimedUntil = null;
        lastError = null;
    }

    /** Another attempt later — 1, 2, 4 … minutes, at most an hour apart — or, after the last, given up. */
    void attemptFailed(String why, LocalDateTime now, int maxAttempts) {
        attempts++;
        lastError = why.length() > 200 ? why.substring(0, 200) : why;
        claimedUntil = null;
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
            nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
        }
    }

    void retry(LocalDateTime now) {
        status = Status.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
        claimedUntil = null;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public long practiceId() {
        return practiceId;
    }

    @Override
    public String accountId() {
        return accountId;
    }

    @Override
    public String notice() {
        return notice;
    }

    public Status status() {
        return status;
    }

    @Override
    public int attempts() {
        return attempts;
    }

    public LocalDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public String lastError() {
        return lastError;
    }

    @Override
    public LocalDateTime createdAt() {
        return createdAt;
    }
}
