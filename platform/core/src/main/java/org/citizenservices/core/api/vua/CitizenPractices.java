package org.citizenservices.core.api.vua;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One sign-in for a citizen's online accounts at several GP practices. Each practice keeps its own account, verified
 * there, as R8 describes for a proxy whose patient is registered elsewhere; the citizen completes the linkage by
 * entering that practice's registration letter while signed in with their own username and password, and from then
 * on switches between the patients of every practice.
 */
public interface CitizenPractices {

    /**
     * Every patient the sign-in may act for now, at every practice, each with the account it goes through: the
     * sign-in's own first, then each joined account's.
     */
    List<AccountChoice> everyone(SignedInCitizen signIn);

    /** The accounts at other practices joined to this sign-in, oldest first. */
    List<JoinedAccount> joined(SignedInCitizen signIn);

    /**
     * Joins the online account on another practice's registration letter to this sign-in (all five details
     * checked, failures counting towards that account's lockout), and returns the citizen as that account.
     */
    SignedInCitizen join(SignedInCitizen signIn, LinkageDetails letter);

    /** Stops using a joined account through this sign-in; the account there becomes INACTIVE until set up again. */
    void leave(SignedInCitizen signIn, long linkageId);

    /** A patient the citizen may act for and the account, at that patient's practice, through which they do. */
    record AccountChoice(SignedInCitizen account, String practiceName, PatientChoice patient) {
    }

    /** An online account at another practice that this sign-in opens. */
    record JoinedAccount(long linkageId, String accountId, String practiceName, String odsCode,
                         LocalDateTime joinedAt) {
    }
}
