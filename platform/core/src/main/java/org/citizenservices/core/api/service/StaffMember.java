package org.citizenservices.core.api.service;


import java.util.Set;

/** A signed-in practice user: what every staff operation of the core is given, and checks. */
public record StaffMember(long staffUserId, long practiceId, String odsCode, String practiceName, String username,
                          String displayName, Set<StaffRole> roles, boolean demo, int sessionGeneration) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    /** A real practice user, as opposed to a demo account with a published password ({@code --demo} only). */
    public StaffMember(long staffUserId, long practiceId, String odsCode, String practiceName, String username,
                       String displayName, Set<StaffRole> roles) {
        this(staffUserId, practiceId, odsCode, practiceName, username, displayName, roles, false, 0);
    }

    public boolean has(StaffPermission permission) {
        return permission.allows(roles);
    }

    /** "Dr Asha Patel (drpatel)": how the audit trail and histories name them. */
    public String label() {
        return displayName + " (" + username + ")";
    }

    public Actor actor() {
        return new Actor(label(), ActingAs.STAFF, practiceId, Actor.STAFF_PORTAL);
    }
}
