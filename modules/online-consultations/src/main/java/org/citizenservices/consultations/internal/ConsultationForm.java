package org.citizenservices.consultations.internal;

import org.citizenservices.spi.ApiField;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an app needs to offer the form: whether the practice takes requests now (and if not, when it next does), the
 * admin request types, and the red-flag questions to ask first — every one must be answered.
 *
 * @param open              whether a request sent now is received
 * @param opensAt           when the service next opens, if closed; null when open, or when paused for safety (no
 *                          time can be promised)
 * @param availability      the service's state in words, to show as it is
 * @param redFlagScreenVersion the version of the national screen, kept with every request
 */
public record ConsultationForm(boolean open,
                               @ApiField(nullable = true) LocalDateTime opensAt,
                               String availability,
                               List<AdminTypeOption> adminTypes,
                               List<RedFlagQuestion> redFlagQuestions,
                               String redFlagScreenVersion) {
}
