package org.citizenservices.core.internal.practice;

import org.citizenservices.core.internal.persistence.CoreEntity;
import org.citizenservices.core.api.service.StaffRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A practice user: belongs to exactly one practice and never sees another's data. */
@Entity
@Table(name = "STAFF_USER")
public class StaffUser extends CoreEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "PRACTICE_ID")
    private Practice practice;

    private String username;

    @Column(name = "DISPLAY_NAME")
    private String displayName;

    /** comma-separated {@link StaffRole} names */
    private String roles;

    @Column(name = "PASSWORD_HASH")
    private String passwordHash;

    @Column(name = "FAILED_SIGN_INS")
    private int failedSignIns;

    @Column(name = "LOCKED_UNTIL")
    private LocalDateTime lockedUntil;

    private boolean enabled = true;

    protected StaffUser() {
    }

    public StaffUser(Practice practice, String username, String displayName, Set<StaffRole> roles, String passwordHash) {
        this.practice = practice;
        this.username = username;
        this.displayName = displayName;
        this.roles = roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.passwordHash = passwordHash;
    }

    public Practice practice() {
        return practice;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<StaffRole> roles() {
        EnumSet<StaffRole> set = EnumSet.noneOf(StaffRole.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(StaffRole::valueOf).forEach(set::add);
        return set;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public void passwordHash(String hash) {
        this.passwordHash = hash;
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public LocalDateTime lockedUntil() {
        return lockedUntil;
    }

    public void signInFailed(int failures, LocalDateTime lockedUntil) {
        this.failedSignIns = failures;
        this.lockedUntil = lockedUntil;
    }
}
