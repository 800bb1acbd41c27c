package org.citizenservices.core.api.practice;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A new (or reset) staff account's one-time activation: the token is shown once, as part of the link, and kept only
 * as a hash; the link also goes to {@code email}, addressed to {@code displayName} of {@code organisation}.
 */
public record ActivationLink(String username, String activationToken, LocalDateTime expiresAt, String displayName,
                             String email, String organisation) {

    /** How long an activation link works. */
    public static final Duration VALID_FOR = Duration.ofHours(72);
}
