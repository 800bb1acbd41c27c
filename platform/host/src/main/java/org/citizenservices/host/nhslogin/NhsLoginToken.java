package org.citizenservices.host.nhslogin;

import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.vua.NhsLoginUser;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a verified NHS login token says: who (subject, NHS number, date of birth when shared), how well NHS login
 * proved it ({@code P9}, {@code P5}), which app it was issued to, and until when it holds.
 */
public record NhsLoginToken(String subject, NhsNumber nhsNumber, String proofingLevel, LocalDate birthDate,
                            String clientId, Instant expiresAt) {

    public boolean provedHigh() {
        return NhsLoginUser.HIGH.equals(proofingLevel);
    }

    /** The person as the core's NL01 takes them. */
    public NhsLoginUser user() {
        return new NhsLoginUser(subject, nhsNumber, proofingLevel, birthDate);
    }
}
