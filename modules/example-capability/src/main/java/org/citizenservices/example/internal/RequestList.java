package org.citizenservices.example.internal;

import java.util.List;

/** The patient API's answer to a list request: an object, so fields can be added without breaking apps. */
public record RequestList(List<RequestSummary> requests) {
}
