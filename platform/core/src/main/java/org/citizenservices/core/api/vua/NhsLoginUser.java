package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.NhsNumber;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person as NHS login vouches for them in a token the host has verified: who NHS login says they are
 * ({@code subject}), their NHS number, how well NHS login proved it ({@code P9} high, {@code P5} medium) and their
 * date of birth when NHS login shares it.
 */
public record NhsLoginUser(String subject, NhsNumber nhsNumber, String proofingLevel, LocalDate birthDate) {

    public static final String HIGH = "P9";

    public NhsLoginUser {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        Objects.requireNonNull(proofingLevel, "proofingLevel");
    }

    /** Proved to P9: the only level at which NHS login may open a GP record (NL01). */
    public boolean provedHigh() {
        return HIGH.equals(proofingLevel);
    }
}
