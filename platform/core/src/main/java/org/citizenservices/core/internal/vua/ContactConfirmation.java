package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.persistence.CreatedEntity;
import org.citizenservices.core.api.vua.ContactChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A code sent to an email address or mobile number to confirm it; only the code's hash is kept. */
@Entity
@Table(name = "CONTACT_CONFIRMATION")
public class ContactConfirmation extends CreatedEntity {

    @Column(name = "VUA_ID")
    private long vuaId;

    @Enumerated(EnumType.STRING)
    private ContactChannel channel;

    private String address;

    @Column(name = "CODE_HASH")
    private String codeHash;

    @Column(name = "EXPIRES_AT")
    private LocalDateTime expiresAt;

    @Column(name = "WRONG_TRIES")
    private int wrongTries;

    @Column(name = "USED_AT")
    private LocalDateTime usedAt;

    protected ContactConfirmation() {
    }

    ContactConfirmation(long vuaId, ContactChannel channel, String address, String codeHash, LocalDateTime createdAt,
                        LocalDateTime expiresAt) {
        super(createdAt);
        this.vuaId = vuaId;
        this.channel = channel;
        this.address = address;
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
    }

    String address() {
        return address;
    }

    String codeHash() {
        return codeHash;
    }

    int wrongTries() {
        return wrongTries;
    }

    boolean usable(LocalDateTime now, int maxWrongTries) {
        return usedAt == null && now.isBefore(expiresAt) && wrongTries < maxWrongTries;
    }

    void wrongTry() {
        wrongTries++;
    }

    void used(LocalDateTime now) {
        usedAt = now;
    }
}
