package org.citizenservices.example.internal;

import java.time.Instant;

/** A feedback response as the views show it. */
public record FeedbackEntry(long id, Rating rating, String comment, Instant submittedAt) {
}
