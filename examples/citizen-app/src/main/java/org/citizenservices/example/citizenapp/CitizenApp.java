package org.citizenservices.example.citizenapp;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The reference citizen app: a third-party citizen solution with its own accounts, in its own process and port,
 * that reaches a practice only through the patient API. {@code java -jar citizen-app.jar [--port 8090]
 * [--platform http://localhost:8080] [--data citizen-app-data] [--client-id ID --client-secret SECRET]}; the
 * defaults reach the demo practice as the demo's registered app.
 */
public final class CitizenApp {

    private static final Logger LOG = LoggerFactory.getLogger(CitizenApp.class);

    /** Where and as what it runs. */
    public record Options(int port, String platform, Path data, String clientId, String clientSecret) {

        static Options of(String[] args) {
            java.util.Map<String, String> given = new java.util.HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                given.put(args[i], args[i + 1]);
            }
            return new Options(Integer.parseInt(given.getOrDefault("--port", "8090")),
                    given.getOrDefault("--platform", "http://localhost:8080"),
                    Path.of(given.getOrDefault("--data", "citizen-app-data")),
                    given.getOrDefault("--client-id", env("CITIZEN_APP_CLIENT_ID", "demo-app")),
                    given.getOrDefault("--client-secret", env("CITIZEN_APP_CLIENT_SECRET", "Demo-App-Secret-2026")));
        }

        private static String env(String name, String otherwise) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? otherwise : value;
        }
    }

    private CitizenApp() {
    }

    public static void main(String[] args) throws Exception {
        Server server = start(Options.of(args));
        server.join();
    }

    /** Starts the app; its port is the server's first connector's. */
    public static Server start(Options options) throws Exception {
        Files.createDirectories(options.data());
        System.setProperty("derby.stream.error.file", options.data().resolve("derby.log").toString());
        AppAccounts accounts = new AppAccounts(options.data());
        Secrets secrets = new Secrets(options.data());
        Foundation foundation = new Foundation(options.platform() + "/api/v1", options.clientId(),
                options.clientSecret());
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(options.port());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.getSessionHandler().setSessionCookie("citizen_app_session");
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setMaxInactiveInterval(15 * 60);
        // Jetty's own error pages say what went wrong in plain words, never which exception or where
        org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler errors = new org.eclipse.jetty.ee10.servlet
                .ErrorPageErrorHandler();
        errors.setShowStacks(false);
        context.setErrorHandler(errors);
        context.addServlet(new ServletHolder(new Pages(accounts, new AccountPages(accounts),
                new ServicePages(accounts, secrets, foundation), engine())), "/*");
        server.setHandler(context);
        server.start();
        LOG.info("Citizen app on http://localhost:{}/ using {} as app {}", connector.getLocalPort(),
                options.platform(), options.clientId());
        return server;
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(CitizenApp.class.getClassLoader());
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(templates);
        return engine;
    }

    /** Every request: security headers, the style sheet, then the page for the path. */
    private static final class Pages extends HttpServlet {

        private final transient AppAccounts accounts;
        private final transient AccountPages accountPages;
        private final transient ServicePages services;
        private final transient PatientPages patients;
        private final transient TemplateEngine engine;

        Pages(AppAccounts accounts, AccountPages accountPages, ServicePages services, TemplateEngine engine) {
            this.accounts = accounts;
            this.accountPages = accountPages;
            this.services = services;
            this.patients = new PatientPages(services);
            this.engine = engine;
        }

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Cache-Control", "no-store");
            request.setCharacterEncoding("UTF-8");
            String path = request.getRequestURI();
            Web web = new Web(request, response, engine);
            try {
                switch (path) {
                    case "/app.css" -> css(response);
                    case "/register" -> accountPages.register(web);
                    case "/sign-in" -> accountPages.signIn(web);
                    case "/security-question" -> accountPages.question(web);
                    case "/sign-out" -> accountPages.signOut(web);
                    default -> signedIn(web, path);
                }
            } catch (RuntimeException fault) {
                // a fault of ours: the person gets a plain page and a reference, the log gets the rest
                String reference = Secrets.token().substring(0, 8);
                LOG.error("Fault {} on {}", reference, path, fault);
                if (!response.isCommitted()) {
                    response.reset();
                    response.sendError(500, "Something went wrong in this app. Nothing more was done. Reference "
                            + reference + ".");
                }
            }
        }

        private void signedIn(Web web, String path) throws IOException {
            Optional<AppAccounts.Account> account = web.account().flatMap(accounts::byId);
            if (account.isEmpty()) {
                web.redirect("/sign-in");
            } else if (path.equals("/link")) {
                services.link(web, account.get());
            } else if (!account.get().linked()) {
                web.redirect("/link");
            } else if (path.equals("/")) {
                services.home(web, account.get());
            } else if (path.startsWith("/patients/")) {
                patients.serve(web, account.get(), path.substring(1).split("/"));
            } else {
                web.response.sendError(404, "There is no such page.");
            }
        }

        private static void css(HttpServletResponse response) throws IOException {
            response.setContentType("text/css;charset=UTF-8");
            try (InputStream css = CitizenApp.class.getResourceAsStream("/static/app.css")) {
                css.transferTo(response.getOutputStream());
            }
        }
    }
}
