package org.citizenservices.record.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * Why a clinician restricted an entry from View Record (withheld it from the patient online): kept beside the entry
 * for the practice to read, never shown online. An entry restricted by the clinical system has none.
 */
@Entity
@Table(name = "ENTRY_RESTRICTION")
public class EntryRestriction {

    /** The longest reason a clinician may record. */
    public static final int MAX_REASON = 500;

    @Id
    @Column(name = "ENTRY_ID")
    private Long entryId;

    @Column(name = "REASON", nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "RESTRICTED_AT", nullable = false)
    private LocalDateTime restrictedAt;

    @Column(name = "RESTRICTED_BY", nullable = false, length = 120)
    private String restrictedBy;

    protected EntryRestriction() {
        // for JPA
    }

    EntryRestriction(long entryId, String reason, LocalDateTime at, String by) {
        this.entryId = entryId;
        this.reason = reason;
        this.restrictedAt = at;
        this.restrictedBy = by;
    }

    long entryId() {
        return entryId;
    }

    /** "Restricted by Dr Asha Patel: …", as the practice's page shows it. */
    public String described() {
        return "Restricted by " + restrictedBy + ": " + reason;
    }
}
