package org.citizenservices.consultations.internal;

import org.citizenservices.spi.ApiField;

import java.time.LocalDateTime;

/**
 * A request as the patient, their app and the views see it. Public: it is also the patient API's JSON.
 *
 * @param adminType   for an admin request, the id of its type; null for a medical one
 * @param title       the admin type in words, or "Medical request"
 * @param since       a medical request's "since when"; null when not said
 * @param tried       what the person has tried; null when not said
 * @param wants       what the person would like; null when not said
 * @param statusLabel the status in words
 * @param sentBy      who sent it: the patient, or their proxy with the relationship
 * @param outcome     what the practice decided; null until then
 * @param bookedFromInvitation whether an appointment was booked from the practice's invitation
 * @param photo       the photo sent with a medical request; null when none
 */
public record ConsultationSummary(long id, ConsultationKind kind,
                                  @ApiField(nullable = true, example = "FIT_NOTE") String adminType,
                                  String title, String description,
                                  @ApiField(nullable = true) String since,
                                  @ApiField(nullable = true) String tried,
                                  @ApiField(nullable = true) String wants,
                                  ConsultationStatus status, String statusLabel, String sentBy,
                                  LocalDateTime receivedAt,
                                  @ApiField(nullable = true) OutcomeKind outcome,
                                  @ApiField(nullable = true, description = "The outcome in words")
                                  String outcomeLabel,
                                  @ApiField(nullable = true, description = "The practice's message to the patient")
                                  String outcomeMessage,
                                  @ApiField(nullable = true) LocalDateTime outcomeAt,
                                  boolean bookedFromInvitation,
                                  @ApiField(nullable = true, description = "The photo sent with a medical request")
                                  PhotoInfo photo) {
}
