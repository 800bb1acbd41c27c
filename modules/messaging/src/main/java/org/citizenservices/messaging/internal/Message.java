package org.citizenservices.messaging.internal;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * One message in a conversation, from the patient's side or the practice's — or a practice's internal note, which
 * the citizen never sees. Bodies are plain text: shown as text, never interpreted as markup.
 */
@Entity
@Cacheable(false)
@Table(name = "MESSAGE")
public class Message extends ThreadRow {

    @Column(name = "FROM_PATIENT", nullable = false)
    private boolean fromPatient;

    @Column(name = "INTERNAL_NOTE", nullable = false)
    private boolean internalNote;

    @Column(name = "SENDER_NAME", nullable = false, length = 200)
    private String senderName;

    @Column(nullable = false, length = 10000)
    private String body;

    @Column(name = "SENT_AT", nullable = false)
    private LocalDateTime sentAt;

    @Column(name = "READ_AT")
    private LocalDateTime readAt;

    protected Message() {
        // for JPA
    }

    Message(long threadId, boolean fromPatient, boolean internalNote, String senderName, String body,
            LocalDateTime sentAt) {
        super(threadId);
        this.fromPatient = fromPatient;
        this.internalNote = internalNote;
        this.senderName = senderName;
        this.body = body;
        this.sentAt = sentAt;
    }

    public boolean fromPatient() {
        return fromPatient;
    }

    public boolean internalNote() {
        return internalNote;
    }

    public String senderName() {
        return senderName;
    }

    public String body() {
        return body;
    }

    public LocalDateTime sentAt() {
        return sentAt;
    }

    public LocalDateTime readAt() {
        return readAt;
    }

    void read(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
