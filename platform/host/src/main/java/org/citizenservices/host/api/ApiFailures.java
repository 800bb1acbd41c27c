package org.citizenservices.host.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citizenservices.core.api.audit.AuditUnavailableException;
import org.citizenservices.spi.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.UUID;

/**
 * How the patient API answers a call that did not succeed: the app's mistakes as the contract's problem documents, an
 * audit trail that could not be made durable as 503 with {@code Retry-After}, and a fault of ours as a 500 whose
 * reference is also in the log — never a stack trace.
 */
final class ApiFailures {

    private static final Logger LOG = LoggerFactory.getLogger(PatientApiServlet.class);

    private ApiFailures() {
    }

    static void answer(HttpServletRequest request, HttpServletResponse response, ObjectMapper json, String path,
                       RuntimeException failure) throws IOException {
        if (failure instanceof ApiException e) {
            if (e.retryAfterSeconds() != null) {
                response.setHeader("Retry-After", e.retryAfterSeconds());
            }
            ApiWire.finishReading(request, response);
            ApiWire.problem(response, json, e.problem());
        } else if (failure instanceof ApiProblem e) {
            ApiWire.finishReading(request, response);
            ApiWire.problem(response, json, Problem.of(e.status(), e.title(), e.getMessage()));
        } else if (failure instanceof AuditUnavailableException e) {
            // the call could not be audited, so it was not carried out: a retry-later, never data unaudited
            LOG.warn("Patient API {} {} refused: {}", request.getMethod(), path, e.getMessage());
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            ApiWire.finishReading(request, response);
            ApiWire.problem(response, json, Problem.of(503, "Service unavailable", "This request could not be recorded"
                    + " in the audit trail, so it was not carried out. Please try again shortly."));
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Patient API {} {} failed, reference {}", request.getMethod(), path, reference, failure);
            ApiWire.problem(response, json, Problem.of(500, "Internal error",
                    "Something went wrong on our side. Quote reference " + reference + " if you contact support."));
        }
    }
}
