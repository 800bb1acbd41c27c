package org.citizenservices.consultations.internal;

import org.citizenservices.spi.Texts;

/** A request's content once checked: texts trimmed and within bounds, the admin type known. */
record CheckedRequest(ConsultationKind kind, AdminType adminType, String description, String since, String tried,
                      String wants) {

    static CheckedRequest of(NewConsultation request) {
        if (request.kind() == null) {
            throw new IllegalArgumentException("Choose an admin request or a medical request.");
        }
        AdminType type = null;
        if (request.kind() == ConsultationKind.ADMIN) {
            type = AdminType.of(request.adminType()).orElseThrow(() -> new IllegalArgumentException(
                    "Choose what the admin request is about: one of the form's admin types."));
        } else if (request.adminType() != null && !request.adminType().isBlank()) {
            throw new IllegalArgumentException("A medical request has no admin type.");
        }
        String what = request.kind() == ConsultationKind.ADMIN ? "What you need" : "What the problem is";
        return new CheckedRequest(request.kind(), type,
                Texts.required(request.description(), Limits.DESCRIPTION, what),
                Texts.optional(request.since(), Limits.SINCE, "Since when"),
                Texts.optional(request.tried(), Limits.DETAIL, "What you have tried"),
                Texts.optional(request.wants(), Limits.DETAIL, "What you would like"));
    }
}
