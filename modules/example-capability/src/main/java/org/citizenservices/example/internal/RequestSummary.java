package org.citizenservices.example.internal;

import org.citizenservices.spi.ApiField;

import java.time.LocalDateTime;

/**
 * A request as the patient, their app and the views see it. Public: it is also the patient API's JSON and its
 * OpenAPI schema.
 *
 * @param status      {@code RECEIVED} or {@code DONE}
 * @param statusLabel the status in words
 * @param sentBy      who sent it: the patient, or their proxy with the relationship
 * @param doneAt      when the practice dealt with it; null until then
 */
public record RequestSummary(long id, String details, String status, String statusLabel, String sentBy,
                             LocalDateTime receivedAt, @ApiField(nullable = true) LocalDateTime doneAt) {
}
