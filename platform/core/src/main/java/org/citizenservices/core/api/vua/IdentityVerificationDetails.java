package org.citizenservices.core.api.vua;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One verification of an account holder's identity and its evidence's description.
 * Read-only: changes go through the services.
 */
public interface IdentityVerificationDetails {

    Long id();

    VuaDetails vua();

    LocalDate verifiedOn();

    String verifiedBy();

    VerificationMethod method();

    IdentityDocument documentType();

    String vouchedBy();

    String evidenceReference();

    String evidenceFileName();

    String evidenceContentType();

    boolean excludedFromGp2gp();

    LocalDateTime recordedAt();

    /** "Identity documentation (Passport), 12 Mar 2026, by Reception Desk" for history lines. */
    String summary();
}
