package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.persistence.CoreEntity;
import org.citizenservices.core.api.vua.HistoryKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One line of an account's history, written in the same transaction as the change it describes. */
@Entity
@Table(name = "VUA_HISTORY")
public class VuaHistoryEntry extends CoreEntity implements org.citizenservices.core.api.vua.VuaHistoryDetails {

    @Column(name = "VUA_ID")
    private Long vuaId;

    @Column(name = "OCCURRED_AT")
    private LocalDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    private HistoryKind kind;

    private String description;

    @Column(name = "CHANGED_BY")
    private String changedBy;

    protected VuaHistoryEntry() {
    }

    public VuaHistoryEntry(Long vuaId, LocalDateTime occurredAt, HistoryKind kind, String description,
                           String changedBy) {
        this.vuaId = vuaId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.description = description.length() > 1000 ? description.substring(0, 1000) : description;
        this.changedBy = changedBy;
    }

    public Long vuaId() {
        return vuaId;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    public HistoryKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public String changedBy() {
        return changedBy;
    }
}
