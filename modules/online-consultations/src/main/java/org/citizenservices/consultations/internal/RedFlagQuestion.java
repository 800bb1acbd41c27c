package org.citizenservices.consultations.internal;

import org.citizenservices.spi.ApiField;

/**
 * One question of the red-flag screen. Public: it is also the patient API's JSON.
 *
 * @param id   the key the answer goes under in {@code redFlags}
 * @param text the question, to show as it is
 */
public record RedFlagQuestion(@ApiField(example = "chest-pain") String id, String text) {
}
