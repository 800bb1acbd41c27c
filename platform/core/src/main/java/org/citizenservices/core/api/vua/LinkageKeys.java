package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.service.StaffMember;

/** Linkage keys, their registration letters, and the linkages built on them. */
public interface LinkageKeys {

    /** Issues a new linkage key for the account (replacing any earlier one) and returns its registration letter. */
    RegistrationLetter issueLinkageKey(StaffMember staff, long vuaId, String reason);

    /** Revokes one linkage of an account (portal set-up or connected app), with a reason. */
    void revokeLinkage(StaffMember staff, long linkageId, String reason);
}
