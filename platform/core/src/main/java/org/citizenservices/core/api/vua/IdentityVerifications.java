package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.service.StaffMember;

/** Verification of account holders' identity by staff, with its evidence. */
public interface IdentityVerifications {

    /** Records that staff verified the holder's identity, as {@code check} describes. */
    IdentityVerificationDetails verifyIdentity(StaffMember staff, long vuaId, IdentityCheck check);

    /** The evidence file of one verification, audited as a look at it. */
    IdentityCheck.Evidence evidence(StaffMember staff, long verificationId);
}
