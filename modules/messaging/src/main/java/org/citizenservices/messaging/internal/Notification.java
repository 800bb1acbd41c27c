package org.citizenservices.messaging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.spi.PatientRow;

import java.time.LocalDateTime;

/** A notification waiting in (or sent from) the outbox: that there is a new message — never what it says. */
@Entity
@Table(name = "NOTIFICATION")
public class Notification extends PatientRow {

    public static final String TEXT = "You have a new message from your GP practice. Sign in to read it.";

    @Column(name = "THREAD_ID", nullable = false)
    private long threadId;

    @Column(name = "ACCOUNT_ID", length = 20)
    private String accountId;

    @Column(nullable = false, length = 200)
    private String text;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "SENT_AT")
    private LocalDateTime sentAt;

    @Column(length = 20)
    private String channel;

    protected Notification() {
        // for JPA
    }

    Notification(String practiceOds, long patientId, long threadId, String accountId, LocalDateTime at) {
        super(practiceOds, patientId);
        this.accountId = accountId;
        this.threadId = threadId;
        this.text = TEXT;
        this.createdAt = at;
    }

    public String accountId() {
        return accountId;
    }

    public String text() {
        return text;
    }

    public LocalDateTime sentAt() {
        return sentAt;
    }

    public String channel() {
        return channel;
    }

    void sent(String via, LocalDateTime at) {
        this.channel = via;
        this.sentAt = at;
    }
}
