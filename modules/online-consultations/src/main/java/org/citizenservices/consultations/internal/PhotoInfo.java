package org.citizenservices.consultations.internal;

/**
 * The photo sent with a medical request, as lists show it (never the bytes). Public: it is also the patient API's JSON.
 *
 * @param contentType {@code image/png} or {@code image/jpeg}, as read from the file
 * @param size        in bytes
 */
public record PhotoInfo(String contentType, long size) {
}
