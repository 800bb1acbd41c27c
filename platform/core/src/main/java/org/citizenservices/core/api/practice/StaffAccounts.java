package org.citizenservices.core.api.practice;


import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffRole;

import java.util.List;

/**
 * A practice administrator's own staff: who they are, adding one (with a one-time activation link), their role,
 * disabling and enabling, and resetting a sign-in (a lost phone): the password and second factor are cleared and a
 * new activation link sets both again. Only for the administrator's practice; they cannot lock themselves out.
 */
public interface StaffAccounts {

    enum Status { AWAITING_ACTIVATION, ACTIVE, DISABLED }

    record StaffAccount(long id, String username, String displayName, String email, StaffRole role, Status status,
                        boolean demo) {
    }

    List<StaffAccount> list(StaffMember admin);

    ActivationLink add(StaffMember admin, String username, String name, String email, StaffRole role);

    void changeRole(StaffMember admin, long staffUserId, StaffRole role);

    void setEnabled(StaffMember admin, long staffUserId, boolean enabled);

    ActivationLink resetSignIn(StaffMember admin, long staffUserId);
}
