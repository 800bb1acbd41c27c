package org.citizenservices.host.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every response carries — portal pages, static files, {@code /health}, the patient API, error pages —
 * set before any servlet runs, so no page can forget them.
 */
public final class SecurityHeaders extends Handler.Wrapper {

    /**
     * Strict where Vaadin lets us be. The relaxations are Vaadin Flow's own needs: its client evaluates the
     * JavaScript the server sends ({@code executeJs}, the bootstrap) through {@code new Function}, hence
     * {@code 'unsafe-eval'} and {@code 'unsafe-inline'} for scripts; its components set inline styles, hence
     * {@code 'unsafe-inline'} for styles; Lumo's icons and fonts come as {@code data:} URLs. Everything else is
     * this origin only; nothing may frame the portal, so a page cannot be overlaid to trick a click.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** A year; no {@code preload}: that is the operator's promise to make for their domain. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        // secure: TLS at this node, or a trusted proxy said the client used https (TrustedForwarding)
        if (request.isSecure()) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        if (carriesPatientData(Request.getPathInContext(request))) {
            headers.put("Cache-Control", "no-store");
        }
        return super.handle(request, response, callback);
    }

    /** Everything under the patient API but its public, patient-free description. */
    static boolean carriesPatientData(String path) {
        return path.startsWith("/api/") && !path.equals("/api/v1/openapi.json");
    }
}
