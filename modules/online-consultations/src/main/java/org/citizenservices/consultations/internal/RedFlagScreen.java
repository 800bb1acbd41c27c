package org.citizenservices.consultations.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The national red-flag screen from the bundle's versioned data file ({@code red-flags.txt}), which a clinical
 * safety officer reviews: its version, the urgent-care advice and the questions in order.
 */
public record RedFlagScreen(String version, String advice, List<RedFlagQuestion> questions) {

    private static final String QUESTION = "question ";

    public RedFlagScreen {
        questions = List.copyOf(questions);
    }

    public static RedFlagScreen national() {
        String version = null;
        String advice = null;
        List<RedFlagQuestion> questions = new ArrayList<>();
        for (String line : DataFile.lines("red-flags.txt")) {
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (key.equals("version")) {
                version = value;
            } else if (key.equals("advice")) {
                advice = value;
            } else if (key.startsWith(QUESTION)) {
                questions.add(new RedFlagQuestion(key.substring(QUESTION.length()).strip(), value));
            }
        }
        if (version == null || advice == null || questions.isEmpty()) {
            throw new IllegalStateException("red-flags.txt needs a version, the advice and at least one question");
        }
        return new RedFlagScreen(version, advice, questions);
    }
}
