package org.citizenservices.consultations.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.citizenservices.spi.ApiField;

import java.util.Map;

/**
 * What an app sends to make a request. The host checks the bounds before the service sees it; the service checks
 * the red-flag answers, the admin type and the texts again, for the portal's form too.
 *
 * @param adminType   an {@code adminTypes} id; required for an ADMIN request, not allowed for a MEDICAL one
 * @param description what the request is about: the problem, for a medical request
 * @param since       since when (medical), optional
 * @param tried       what has been tried (medical), optional
 * @param wants       what the person would like the practice to do, optional
 * @param redFlags    an answer for every question of the form's {@code redFlagQuestions}, by id
 */
public record NewConsultation(@NotNull ConsultationKind kind,
                              @ApiField(example = "FIT_NOTE") @Size(max = 30) String adminType,
                              @NotBlank @Size(max = Limits.DESCRIPTION) String description,
                              @Size(max = Limits.SINCE) String since,
                              @Size(max = Limits.DETAIL) String tried,
                              @Size(max = Limits.DETAIL) String wants,
                              @NotNull Map<String, Boolean> redFlags) {
}
