package org.citizenservices.example.citizenapp;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request to the app: its form fields, the app's own session (never the platform's), the form token that every
 * POST must carry back, and the answer — a page or a redirect.
 */
final class Web {

    private static final String ACCOUNT = "account";
    private static final String CSRF = "csrf";
    private static final String CONNECTION = "connection";

    final HttpServletRequest request;
    final HttpServletResponse response;
    private final TemplateEngine pages;

    Web(HttpServletRequest request, HttpServletResponse response, TemplateEngine pages) {
        this.request = request;
        this.response = response;
        this.pages = pages;
    }

    String field(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    List<String> fields(String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }

    boolean isPost() {
        return "POST".equals(request.getMethod());
    }

    Optional<Long> account() {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Long) session.getAttribute(ACCOUNT));
    }

    /** Signed in: a new session id, so that one fixed before sign-in is worth nothing after it. */
    void signIn(long accountId) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(ACCOUNT, accountId);
    }

    void signOut() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    Object attribute(String name) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getAttribute(name);
    }

    void attribute(String name, Object value) {
        request.getSession(true).setAttribute(name, value);
    }

    Foundation.Connection connection() {
        return (Foundation.Connection) attribute(CONNECTION);
    }

    void connection(Foundation.Connection connection) {
        attribute(CONNECTION, connection);
    }

    /** The form token of this session, made on first use. */
    String csrf() {
        String token = (String) attribute(CSRF);
        if (token == null) {
            token = Secrets.token();
            attribute(CSRF, token);
        }
        return token;
    }

    /** A POST whose form token is not this session's is refused before anything is done. */
    boolean forgedPost() throws IOException {
        String expected = (String) attribute(CSRF);
        String given = request.getParameter("csrf");
        boolean forged = expected == null || given == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
        if (forged) {
            response.sendError(403, "This form has expired. Go back, reload the page and try again.");
        }
        return forged;
    }

    void redirect(String path) throws IOException {
        response.sendRedirect(path);
    }

    void render(String template, Map<String, ?> variables) throws IOException {
        Context context = new Context(java.util.Locale.UK);
        context.setVariables(new java.util.HashMap<>(variables));
        context.setVariable("csrf", csrf());
        context.setVariable("signedIn", account().isPresent());
        response.setContentType("text/html;charset=UTF-8");
        pages.process(template, context, response.getWriter());
    }
}
