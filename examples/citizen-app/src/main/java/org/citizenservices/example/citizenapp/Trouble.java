package org.citizenservices.example.citizenapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.client.ApiException;
import org.citizenservices.client.model.Problem;

/**
 * A refusal or failure of the practice's system, in words the person can act on: the problem document's
 * {@code detail}, which the API writes for them, or a plain sentence when there is none.
 */
final class Trouble extends Exception {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;

    Trouble(int status, String words) {
        super(words);
        this.status = status;
    }

    static Trouble of(ApiException e) {
        String words = switch (e.getCode()) {
            case 0 -> "We cannot reach your GP practice's system just now. Try again in a few minutes.";
            case 429 -> "Too many attempts. Wait a minute and try again.";
            case 503 -> "Your GP practice's system is busy. Nothing was changed: try again in a minute.";
            default -> "Something went wrong at your GP practice's system. Nothing was changed.";
        };
        try {
            if (e.getResponseBody() != null && !e.getResponseBody().isBlank()) {
                Problem problem = JSON.readValue(e.getResponseBody(), Problem.class);
                if (problem.getDetail() != null && !problem.getDetail().isBlank() && e.getCode() < 500) {
                    words = problem.getDetail();
                }
            }
        } catch (java.io.IOException notAProblemDocument) {
            // keep the plain sentence
        }
        return new Trouble(e.getCode(), words);
    }

    int status() {
        return status;
    }

    /** The session with the practice's system has ended (expired, or the link was ended): open a new one. */
    boolean sessionEnded() {
        return status == 401;
    }
}
