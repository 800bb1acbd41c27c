package org.citizenservices.core.internal.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.internal.persistence.CoreEntity;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A practice user: belongs to exactly one practice and never sees another's data. */
@Entity
@Table(name = "STAFF_USER")
public class StaffUser extends CoreEntity implements CredentialHolder {

    @ManyToOne(optional = false)
    @JoinColumn(name = "PRACTICE_ID")
    private Practice practice;

    private String username;

    @Column(name = "DISPLAY_NAME")
    private String displayName;

    private String email;

    /** comma-separated {@link StaffRole} names */
    private String roles;

    @Embedded
    private StaffCredentials credentials;

    @Column(name = "CREATED_AT")
    private LocalDateTime createdAt;

    protected StaffUser() {
    }

    private StaffUser(Practice practice, String username, String displayName, String email, Set<StaffRole> roles,
                      StaffCredentials credentials, LocalDateTime createdAt) {
        this.practice = practice;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.credentials = credentials;
        this.createdAt = createdAt;
        roles(roles);
    }

    /** A new practice user, who sets a password and second factor through the activation link. */
    public static StaffUser awaitingActivation(Practice practice, String username, String displayName, String email,
                                               Set<StaffRole> roles, String activationToken,
                                               LocalDateTime activationExpires, LocalDateTime now) {
        return new StaffUser(practice, username, displayName, email, roles,
                StaffCredentials.awaitingActivation(activationToken, activationExpires), now);
    }

    /** A demo account with a published password and no second factor: {@code --demo} and tests only. */
    public static StaffUser demo(Practice practice, String username, String displayName, Set<StaffRole> roles,
                                 String passwordHash) {
        return new StaffUser(practice, username, displayName, null, roles, StaffCredentials.demo(passwordHash), null);
    }

    public Practice practice() {
        return practice;
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

    public Set<StaffRole> roles() {
        EnumSet<StaffRole> set = EnumSet.noneOf(StaffRole.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(StaffRole::valueOf).forEach(set::add);
        return set;
    }

    public void roles(Set<StaffRole> roles) {
        this.roles = roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public StaffCredentials credentials() {
        return credentials;
    }

    @Override
    public String practiceName() {
        return practice.name();
    }
}
