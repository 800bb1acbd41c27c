package org.citizenservices.core.api.service;

/** What a practice user may do in the staff portal; checked in the core's services, not only in the UI. */
public enum StaffRole {
    /** Creates and maintains online accounts, verifies identity, issues registration letters. */
    RECEPTIONIST,
    /** Decides a patient's record access and reviews proxy access; can also do reception work. */
    CLINICIAN,
    /** Everything, plus the practice-level service switches and staff accounts. */
    PRACTICE_ADMIN
}
