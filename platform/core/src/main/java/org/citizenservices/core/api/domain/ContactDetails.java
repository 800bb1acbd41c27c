package org.citizenservices.core.api.domain;

/**
 * Postal address, telephone and email; each may be missing. The verified contact details the practice uses to tell a
 * citizen something (a new message, a reset letter).
 */
public record ContactDetails(String address, Postcode postcode, TelephoneNumber telephone, EmailAddress email) {

    /** ADDRESS is VARCHAR(300). */
    public static final int MAX_ADDRESS = 300;

    public static final ContactDetails NONE = new ContactDetails(null, null, null, null);

    public ContactDetails {
        address = PersonName.blankToNull(address);
        if (address != null && address.length() > MAX_ADDRESS) {
            throw new InvalidValueException("An address is at most 300 characters.");
        }
    }

    /** From stored or typed text; blank parts are missing, others must be valid. */
    public static ContactDetails of(String address, String postcode, String telephone, String email) {
        return new ContactDetails(address,
                PersonName.blankToNull(postcode) == null ? null : new Postcode(postcode),
                PersonName.blankToNull(telephone) == null ? null : new TelephoneNumber(telephone),
                PersonName.blankToNull(email) == null ? null : new EmailAddress(email));
    }
}
