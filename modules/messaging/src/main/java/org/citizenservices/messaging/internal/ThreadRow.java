package org.citizenservices.messaging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.citizenservices.spi.IdentifiedRow;

/**
 * A row that belongs to one conversation ({@link MessageThread}) — a message or an attachment — through the
 * {@code THREAD_ID} column: what the reads and the access checks on both go by.
 */
@MappedSuperclass
public abstract class ThreadRow extends IdentifiedRow {

    @Column(name = "THREAD_ID", nullable = false)
    private long threadId;

    protected ThreadRow() {
        // for JPA
    }

    ThreadRow(long threadId) {
        this.threadId = threadId;
    }

    public long threadId() {
        return threadId;
    }
}
