package org.citizenservices.core.internal.apps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.core.api.apps.CitizenApps;
import org.citizenservices.core.internal.persistence.CoreEntity;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** A third-party citizen app registered with the supplier. */
@Entity
@Table(name = "CITIZEN_APP")
public class CitizenApp extends CoreEntity {

    @Column(name = "CLIENT_ID")
    private String clientId;

    private String name;

    private String contact;

    /** one per line */
    @Column(name = "CALLBACK_URLS")
    private String callbackUrls;

    @Column(name = "SECRET_HASH")
    private String secretHash;

    @Column(name = "CREATED_AT")
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY")
    private String createdBy;

    @Column(name = "SECRET_ROTATED_AT")
    private LocalDateTime secretRotatedAt;

    @Column(name = "REVOKED_AT")
    private LocalDateTime revokedAt;

    protected CitizenApp() {
    }

    CitizenApp(String clientId, String name, String contact, String secretHash, LocalDateTime createdAt,
               String createdBy) {
        this.clientId = clientId;
        this.name = name;
        this.contact = contact;
        this.callbackUrls = "";
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    String secretHash() {
        return secretHash;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public CitizenApps.App asApp() {
        return new CitizenApps.App(id(), clientId, name);
    }

    CitizenApps.Registration registration(long liveLinkages) {
        return new CitizenApps.Registration(clientId, name, contact, callbackUrls(), createdAt, createdBy,
                secretRotatedAt, revokedAt, liveLinkages);
    }

    List<String> callbackUrls() {
        return callbackUrls.isEmpty() ? List.of() : Arrays.asList(callbackUrls.split("\n"));
    }

    void callbackUrls(List<String> urls) {
        this.callbackUrls = String.join("\n", urls);
    }

    void secret(String hash, LocalDateTime at) {
        this.secretHash = hash;
        this.secretRotatedAt = at;
    }

    void revoke(LocalDateTime at) {
        this.revokedAt = at;
    }
}
