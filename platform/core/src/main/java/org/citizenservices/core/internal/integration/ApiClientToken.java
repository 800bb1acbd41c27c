package org.citizenservices.core.internal.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A bearer token of an {@link ApiClient}, by its SHA-256; in the database, so every node accepts it. */
@Entity
@Table(name = "API_CLIENT_TOKEN")
public class ApiClientToken {

    @Id
    @Column(name = "TOKEN_HASH")
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "API_CLIENT_ID")
    private ApiClient client;

    @Column(name = "EXPIRES_AT")
    private LocalDateTime expiresAt;

    protected ApiClientToken() {
    }

    ApiClientToken(String tokenHash, ApiClient client, LocalDateTime expiresAt) {
        this.tokenHash = tokenHash;
        this.client = client;
        this.expiresAt = expiresAt;
    }

    ApiClient client() {
        return client;
    }

    LocalDateTime expiresAt() {
        return expiresAt;
    }
}
