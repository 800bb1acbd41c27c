package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.OdsCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.domain.VuaId;

/**
 * An online account (verified user account), as staff and the host read it; secrets and counters stay inside.
 * Read-only: changes go through the services.
 */
public interface VuaDetails {

    /** The ODS code of the practice that holds the account. */
    OdsCode practiceOdsCode();

    /** Whether a linkage key (registration letter) has ever been issued, so that a new one is a reset. */
    boolean hasLinkageKey();

    Long id();

    VuaId accountId();

    PersonName name();

    String displayName();

    LocalDate dateOfBirth();

    ContactDetails contact();

    ContactPreference contactPreference();

    /** The email address, if the citizen has confirmed this very address; only then is it sent notices. */
    Optional<String> confirmedEmail();

    /** The mobile number, if the citizen has confirmed this very number; only then is it sent text messages. */
    Optional<String> confirmedMobile();

    VuaStatus status();

    /** Staff made the account INACTIVE by hand; it stays so until they lift it. */
    boolean suspended();

    LocalDateTime linkageKeyIssuedAt();

    int linkageFailures();

    boolean linkageLocked();

    String username();

    int signInFailures();

    LocalDateTime signInLockedUntil();

    LocalDateTime createdAt();

    String createdBy();
}
