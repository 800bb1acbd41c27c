package org.citizenservices.example.internal;

import org.citizenservices.spi.CitizenService;

import java.util.List;
import java.util.Map;

/**
 * Collects Friends and Family Test answers and summarises them for the practice. Every operation asks the host who
 * is calling first, so the rules hold whichever page or test calls it: a citizen answers only when the practice
 * offers the service to them, and a practice sees only its own answers.
 */
public interface FeedbackService {

    /** The module's own citizen service, beside the four of the guidance; a practice switches it on. */
    CitizenService FEEDBACK = new CitizenService("FEEDBACK");

    int MAX_COMMENT = 1000;

    /**
     * Records an answer for the practice of the patient the signed-in citizen acts for. The answer stays anonymous:
     * the practice learns neither who answered nor for whom.
     *
     * @throws IllegalArgumentException with a message for the user if the rating is missing or the comment too long
     * @throws org.citizenservices.spi.ServiceNotAvailableException when the service is not available to the citizen
     */
    FeedbackEntry submit(Rating rating, String comment);

    /**
     * How many answers each rating has had at the signed-in practice administrator's practice.
     *
     * @throws SecurityException when no practice administrator is signed in
     */
    Map<Rating, Long> countsByRating();

    /**
     * The latest answers at the signed-in practice administrator's practice, newest first.
     *
     * @throws SecurityException when no practice administrator is signed in
     */
    List<FeedbackEntry> latest(int limit);
}
