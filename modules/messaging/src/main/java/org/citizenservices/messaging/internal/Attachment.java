package org.citizenservices.messaging.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A file attached to a message; its type was read from its bytes when it was stored. */
@Entity
@Cacheable(false)
@Table(name = "ATTACHMENT")
public class Attachment extends ThreadRow {

    @Column(name = "MESSAGE_ID", nullable = false)
    private long messageId;

    @Column(name = "FILE_NAME", nullable = false, length = 200)
    private String fileName;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 40)
    private String contentType;

    @Column(name = "FILE_SIZE", nullable = false)
    private int size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "ADDED_AT", nullable = false)
    private LocalDateTime addedAt;

    protected Attachment() {
        // for JPA
    }

    Attachment(long messageId, long threadId, String fileName, String contentType, byte[] content, LocalDateTime at) {
        super(threadId);
        this.messageId = messageId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content.clone();
        this.addedAt = at;
    }

    public long messageId() {
        return messageId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int size() {
        return size;
    }

    byte[] content() {
        return content.clone();
    }
}
