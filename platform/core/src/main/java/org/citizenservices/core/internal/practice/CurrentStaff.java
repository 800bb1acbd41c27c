package org.citizenservices.core.internal.practice;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.service.NotPermittedException;
import org.citizenservices.core.api.service.StaffMember;

/**
 * Whether a signed-in practice user is still who their session says: enabled, activated, the same role and the
 * same session generation. The portal asks on every page; changes to staff accounts ask again inside their own
 * transaction, so a page left open by someone disabled meanwhile cannot act.
 */
public final class CurrentStaff {

    private CurrentStaff() {
    }

    static boolean isCurrent(EntityManager em, StaffMember staff) {
        StaffUser user = em.find(StaffUser.class, staff.staffUserId());
        return user != null && user.credentials().enabled() && !user.credentials().awaitingActivation()
                && !user.practice().suspended()
                && user.roles().equals(staff.roles())
                && user.credentials().sessionGeneration() == staff.sessionGeneration();
    }

    /** @throws NotPermittedException when the session is no longer current */
    public static void require(EntityManager em, StaffMember staff) {
        if (!isCurrent(em, staff)) {
            throw new NotPermittedException("You have been signed out: your account was changed. Sign in again.");
        }
    }
}
