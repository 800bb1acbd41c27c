package org.citizenservices.core.internal.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.citizenservices.core.internal.persistence.CoreEntity;
import org.citizenservices.core.internal.practice.Practice;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** A practice's clinical system, registered to call the practice integration API for that practice alone. */
@Entity
@Table(name = "API_CLIENT")
public class ApiClient extends CoreEntity {

    @Column(name = "CLIENT_ID")
    private String clientId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PRACTICE_ID")
    private Practice practice;

    private String name;

    /** space-separated, as OAuth writes scopes */
    private String scopes;

    @Column(name = "SECRET_HASH")
    private String secretHash;

    @Column(name = "CREATED_AT")
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY")
    private String createdBy;

    @Column(name = "REVOKED_AT")
    private LocalDateTime revokedAt;

    protected ApiClient() {
    }

    ApiClient(String clientId, Practice practice, String name, Set<String> scopes, String secretHash,
              LocalDateTime createdAt, String createdBy) {
        this.clientId = clientId;
        this.practice = practice;
        this.name = name;
        this.scopes = String.join(" ", new TreeSet<>(scopes));
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    String clientId() {
        return clientId;
    }

    Practice practice() {
        return practice;
    }

    String name() {
        return name;
    }

    Set<String> scopes() {
        return new TreeSet<>(Arrays.asList(scopes.split(" ")));
    }

    String secretHash() {
        return secretHash;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    LocalDateTime revokedAt() {
        return revokedAt;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    void revoke(LocalDateTime at) {
        this.revokedAt = at;
    }
}
