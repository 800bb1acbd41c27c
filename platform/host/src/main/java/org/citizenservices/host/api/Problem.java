package org.citizenservices.host.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document: what every error of the patient API answers with, in
 * {@code application/problem+json}. Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String instance) {

    static Problem of(int status, String title, String detail) {
        return new Problem("urn:citizen-services:problem:" + slug(title), title, status, detail, null);
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
