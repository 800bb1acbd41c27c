package org.citizenservices.spi;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in practice user of a practice-side view. A capability shows and changes only the data of
 * {@code odsCode}'s practice: one installation serves many practices.
 *
 * @param username    sign-in name
 * @param displayName "Dr Asha Patel"
 * @param odsCode     their practice
 * @param roles       their roles; {@link Role#STAFF} is always among them
 */
public record CurrentStaff(String username, String displayName, String odsCode, Set<Role> roles) {

    public CurrentStaff {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(odsCode, "odsCode");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
