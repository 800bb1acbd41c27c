package org.citizenservices.core.internal.practice;

/** Someone who signs in with a password and a second factor: a practice user or a supplier administrator. */
public interface CredentialHolder {

    String username();

    String displayName();

    StaffCredentials credentials();

    /** The practice they work for; the supplier's name for a supplier administrator. */
    String practiceName();
}
