package org.citizenservices.spi;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Something about one practice that the installation's supplier administrator must see on the supplier's Practices
 * page, reported by a capability (for example: "Online consultations paused for safety since 10:02: telephony down").
 * Never a patient's detail: the supplier sees practices, not people.
 *
 * @param odsCode the practice's ODS code
 * @param text    one or two sentences, as the supplier should read them
 * @param since   when it began, practice time
 * @since 1.16
 */
public record SupplierNotice(String odsCode, String text, LocalDateTime since) {

    public SupplierNotice {
        Objects.requireNonNull(odsCode, "odsCode");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(since, "since");
    }
}
