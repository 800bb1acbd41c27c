package org.citizenservices.core.internal.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.core.internal.persistence.CoreEntity;

import java.time.LocalDateTime;

/**
 * One of the supplier's administrators: adds and suspends practices and sees what each has installed. Belongs to no
 * practice, so no query for a practice's patients or staff ever reaches one.
 */
@Entity
@Table(name = "SUPPLIER_ADMIN")
public class SupplierAdmin extends CoreEntity implements CredentialHolder {

    /** How activation pages and e-mails name the supplier's side of the installation. */
    public static final String SUPPLIER = org.citizenservices.core.api.practice.StaffActivation.SUPPLIER;

    private String username;

    @Column(name = "DISPLAY_NAME")
    private String displayName;

    private String email;

    @Embedded
    private StaffCredentials credentials;

    @Column(name = "CREATED_AT")
    private LocalDateTime createdAt;

    protected SupplierAdmin() {
    }

    public SupplierAdmin(String username, String displayName, String email, String activationToken,
                         LocalDateTime activationExpires, LocalDateTime now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.credentials = StaffCredentials.awaitingActivation(activationToken, activationExpires);
        this.createdAt = now;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    @Override
    public StaffCredentials credentials() {
        return credentials;
    }

    @Override
    public String practiceName() {
        return SUPPLIER;
    }
}
