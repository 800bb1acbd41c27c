package org.citizenservices.core.api.practice;

import org.citizenservices.core.api.service.StaffMember;

/** Signs practice users in and out, with growing pauses after repeated wrong passwords. */
public interface StaffSignIn {

    /**
     * The signed-in practice user.
     *
     * @throws org.citizenservices.core.api.service.SignInFailedException when the name or password is not right or
     *         sign-in is paused; the message never says which
     */
    StaffMember signIn(String username, String password);

    /** Audits the sign-out. */
    void signOut(StaffMember staff);
}
