package org.citizenservices.example.internal;

import java.util.List;
import java.util.Map;

/** Collects Friends and Family Test answers and summarises them for the practice. */
public interface FeedbackService {

    int MAX_COMMENT = 1000;

    /**
     * Records an answer.
     *
     * @throws IllegalArgumentException with a message for the user if the rating is missing or the comment too long
     */
    FeedbackEntry submit(Rating rating, String comment);

    /** How many answers each rating has had. */
    Map<Rating, Long> countsByRating();

    /** The latest answers, newest first. */
    List<FeedbackEntry> latest(int limit);
}
