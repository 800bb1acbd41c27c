package org.citizenservices.core.api.service;


import java.util.EnumSet;
import java.util.Set;

import static org.citizenservices.core.api.service.StaffRole.CLINICIAN;
import static org.citizenservices.core.api.service.StaffRole.PRACTICE_ADMIN;
import static org.citizenservices.core.api.service.StaffRole.RECEPTIONIST;

/** What each staff role may do; the core's services check it on every call. */
public enum StaffPermission {
    /** Find patients and accounts, see their pages, histories and audit trails. */
    VIEW_PATIENTS("any practice user", RECEPTIONIST, CLINICIAN, PRACTICE_ADMIN),
    /** Register patients and record that they left or died. */
    MANAGE_REGISTRATION("a receptionist or the practice administrator", RECEPTIONIST, PRACTICE_ADMIN),
    /** Create and edit online accounts, verify identity, associate, issue letters, change account status. */
    MANAGE_ACCOUNTS("reception, clinical or admin staff", RECEPTIONIST, CLINICIAN, PRACTICE_ADMIN),
    /** Switch a patient's services and set their record access level: a clinical decision. */
    CONFIGURE_PATIENT_SERVICES("a clinician or the practice administrator", CLINICIAN, PRACTICE_ADMIN),
    /** Review a proxy's access when the child turns 11. */
    REVIEW_PROXY_ACCESS("a clinician or the practice administrator", CLINICIAN, PRACTICE_ADMIN),
    /** The practice-level switches and settings. */
    CONFIGURE_PRACTICE("the practice administrator", PRACTICE_ADMIN);

    private final String who;
    private final Set<StaffRole> roles;

    StaffPermission(String who, StaffRole first, StaffRole... rest) {
        this.who = who;
        this.roles = EnumSet.of(first, rest);
    }

    public boolean allows(Set<StaffRole> held) {
        return held.stream().anyMatch(roles::contains);
    }

    /** Throws, with who may, unless the staff member may do this. */
    public void check(StaffMember staff) {
        if (!allows(staff.roles())) {
            throw new NotPermittedException("Only " + who + " can do this.");
        }
    }
}
