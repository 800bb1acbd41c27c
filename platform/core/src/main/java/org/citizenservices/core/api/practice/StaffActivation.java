package org.citizenservices.core.api.practice;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The one-time activation link of a new practice user or supplier administrator: it sets their password and enrols
 * their authenticator app, then is used up.
 */
public interface StaffActivation {

    /** How activation pages, e-mails and the page header name the supplier's side of the installation. */
    String SUPPLIER = "Citizen Services supplier";

    /** Whom a link activates, for its page. */
    record Pending(String username, String displayName, String practiceName, LocalDateTime expiresAt) {
    }

    /** The account the link activates; empty when the link is unknown, used or expired. */
    Optional<Pending> pending(String token);

    /**
     * Sets the password and the second factor: {@code totpSecret} is the secret the page showed, {@code code} the
     * authenticator app's current code for it, proving the app has it.
     *
     * @return the recovery codes, to show once; only their hashes are kept
     * @throws org.citizenservices.core.api.domain.InvalidValueException for a password the policy refuses or a
     *         wrong code; nothing is changed
     * @throws org.citizenservices.core.api.service.NotFoundException when the link is unknown, used or expired
     */
    List<String> activate(String token, String password, String totpSecret, String code);
}
