package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.service.Actor;

/**
 * The registration-letter check behind portal set-up and app linkage: the details must match an account's current
 * linkage key; too many failures lock the key.
 */
public interface LinkageCheck {

    /** Failures after which an account's linkage key is locked. */
    int MAX_FAILURES = 5;

    /** The one answer to every mismatch, so that a caller learns nothing about which detail was wrong. */
    String DO_NOT_MATCH = "These details do not match our records. Check them against your "
            + "registration letter and try again. If they still do not match, contact your GP practice: after "
            + "several wrong attempts you need a new registration letter.";

    /** The id of the account whose letter {@code details} matches; sign-in failed when none does. */
    long verify(LinkageDetails details, Actor actor);
}
