package org.citizenservices.core.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.LocalDateTime;

/** A core row that records when it was created, in its {@code CREATED_AT} column (UK local time, as written). */
@MappedSuperclass
public abstract class CreatedEntity extends CoreEntity {

    @Column(name = "CREATED_AT")
    private LocalDateTime createdAt;

    /** For JPA. */
    protected CreatedEntity() {
    }

    protected CreatedEntity(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
