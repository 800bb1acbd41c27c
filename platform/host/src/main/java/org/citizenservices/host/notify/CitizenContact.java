package org.citizenservices.host.notify;

/**
 * Where a citizen is told about something: their account's verified contact details and how they prefer to be
 * reached. Only an ACTIVE account (identity verified) is ever contacted.
 *
 * @param preference {@code EMAIL}, {@code SMS} or {@code POST}
 */
public record CitizenContact(String accountId, String displayName, String email, String mobile, String preference) {
}
