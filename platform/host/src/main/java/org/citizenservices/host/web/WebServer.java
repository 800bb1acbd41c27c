package org.citizenservices.host.web;

import org.citizenservices.host.portal.security.PortalSignIn;

import com.vaadin.flow.server.InitParameters;
import org.citizenservices.host.modules.ModuleRegistry;
import org.citizenservices.host.portal.Portal;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Jetty 12 (ee10) serving the Vaadin portal at {@code /} and {@code /health}, and the patient API at
 * {@code /api/v1/}.
 *
 * <p>Vaadin is started the way a servlet container starts any web application: Jetty scans the Flow jars and the
 * host's own classes for their {@code ServletContainerInitializer}s and {@code @HandlesTypes} classes,
 * and Vaadin's servlet deployer registers its servlet. Only the Flow jars and the host are scanned: the component
 * jars hold nothing Vaadin's initializers look for in production mode (their front-end files are in the bundle).
 * Production mode comes from the pre-built front-end bundle inside the host jar; there is no node at any time.
 */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** Jars Jetty scans for initializers and annotated classes: Flow's, and the host itself. */
    static final String SCANNED_JARS = ".*/(flow-[^/]*|citizen-services-host[^/]*)\\.jar$|.*/classes/?$";

    private final Server server;
    private final WebAppContext context;
    private final MountedJarResources mountedJars;

    private WebServer(Server server, WebAppContext context, MountedJarResources mountedJars) {
        this.server = server;
        this.context = context;
        this.mountedJars = mountedJars;
    }

    /** {@code trustedProxies}: null when the node is reached directly, else whose forwarded headers to believe. */
    public static WebServer start(int port, String node, TrustedProxies trustedProxies, Portal portal,
                                  ModuleRegistry modules,
                                  BooleanSupplier started, Apis apis)
            throws Exception {
        Server server = new Server();
        // the node's name ends every session cookie ("….a"), which is how a proxy in front of several nodes sends a
        // browser back to the node that holds its portal session
        org.eclipse.jetty.session.DefaultSessionIdManager sessionIds =
                new org.eclipse.jetty.session.DefaultSessionIdManager(server);
        sessionIds.setWorkerName(node);
        server.addBean(sessionIds, true);
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        // each portal page holds a push WebSocket, and the WebSocket its HTTP connection with the parser's header
        // cache: 1 024 entries (a 96 KiB trie) by default, 40 % of a signed-in session's heap. A browser sends the
        // same dozen headers on every request, which a smaller cache holds as well (bench/portal-sessions.sh)
        connector.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class).getHttpConfiguration()
                .setHeaderCacheSize(256);
        if (trustedProxies != null) {
            // the client's address and scheme as the proxy saw them — believed only from the proxy's own address
            connector.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class).getHttpConfiguration()
                    .addCustomizer(new TrustedForwarding(trustedProxies));
        }
        server.addConnector(connector);

        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        context.setBaseResource(ResourceFactory.of(server).newResource(emptyWebRoot()));
        context.setClassLoader(WebServer.class.getClassLoader());
        context.setParentLoaderPriority(true);
        context.setConfigurationDiscovered(true);
        context.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern", SCANNED_JARS);
        context.setInitParameter(InitParameters.SERVLET_PARAMETER_PRODUCTION_MODE, "true");
        // an abandoned page must not keep a signed-in session alive with its heartbeats
        context.setInitParameter(InitParameters.SERVLET_PARAMETER_CLOSE_IDLE_SESSIONS, "true");
        context.getSessionHandler().setMaxInactiveInterval(PortalSignIn.IDLE_TIMEOUT_SECONDS);
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        context.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");
        // logback's servlet initializer would stop all logging when the web server stops, so a failed start's
        // reason and everything the shutdown says after it would never be written
        context.setInitParameter("logbackDisableServletContainerInitializer", "true");
        context.setAttribute(Portal.CONTEXT_ATTRIBUTE, portal);
        context.setThrowUnavailableOnStartupException(true);
        context.addServlet(new ServletHolder("health", new HealthServlet(node, modules, started)), "/health");
        JakartaWebSocketServletContainerInitializer.configure(context, null);

        SecurityHeaders headers = new SecurityHeaders();
        headers.setHandler(new ContextHandlerCollection(apiContext(apis), oauthContext(apis.oauthToken()),
                adminContext(apis.admin()), fhirContext(apis.fhirApi()),
                userPermissionsContext(apis.fhirApi().userPermissions()), context));
        server.setHandler(headers);
        server.setStopAtShutdown(false);
        MountedJarResources mountedJars = MountedJarResources.mount(Pattern.compile(SCANNED_JARS));
        server.start();
        portal.connect(context.getServletContext());
        WebServer web = new WebServer(server, context, mountedJars);
        LOG.info("Portal listening on port {}", web.port());
        return web;
    }

    /**
     * The patient API for third-party apps in a context of its own: JSON and bearer sessions, so none of the portal's
     * HTTP sessions, WebSocket upgrade filter or Vaadin on its path (a third of a read's time was spent there).
     */
    private static ServletContextHandler apiContext(Apis apis) {
        ServletContextHandler api = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        api.setContextPath("/api");
        ServletHolder holder = new ServletHolder("patient-api", apis.patientApi());
        holder.getRegistration().setMultipartConfig(
                org.citizenservices.host.api.PatientApiServlet.multipartConfig());
        api.addServlet(holder, "/v1/*");
        api.addServlet(new ServletHolder("practice-api", apis.practiceApi()), "/practice/v1/*");
        return api;
    }

    /** The OAuth 2.0 token endpoint of the practice integration API's clients. */
    private static ServletContextHandler oauthContext(jakarta.servlet.http.HttpServlet token) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/oauth2");
        context.addServlet(new ServletHolder("oauth2-token", token), "/token");
        return context;
    }

    /**
     * The servlets beside the portal: the patient API for citizens' apps, the practice integration API and its token
     * endpoint for clinical systems, and the local admin endpoint.
     */
    public record Apis(jakarta.servlet.http.HttpServlet patientApi, jakarta.servlet.http.HttpServlet practiceApi,
                       jakarta.servlet.http.HttpServlet oauthToken, jakarta.servlet.http.HttpServlet admin,
                       org.citizenservices.host.fhir.FhirApiServlet fhirApi) {
    }

    /** GP Connect (Patient Facing): FHIR STU3 and (prescriptions) R4 for apps whose user signed in with NHS login. */
    private static ServletContextHandler fhirContext(jakarta.servlet.http.HttpServlet fhir) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/FHIR");
        ServletHolder gpConnect = new ServletHolder("gp-connect", fhir);
        // one servlet: the release is told by which of its bases was called
        context.addServlet(gpConnect, "/STU3/*");
        context.addServlet(gpConnect, "/R4/*");
        return context;
    }

    /** GP Connect User Permissions: plain JSON, at the specification's own base. */
    private static ServletContextHandler userPermissionsContext(jakarta.servlet.http.HttpServlet permissions) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/user-permissions");
        context.addServlet(new ServletHolder("user-permissions", permissions), "/*");
        return context;
    }

    /** Local operations ({@code citizen-services backup}): no sessions, nothing of the portal. */
    private static ServletContextHandler adminContext(jakarta.servlet.http.HttpServlet admin) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/admin");
        context.addServlet(new ServletHolder("admin", admin), "/*");
        return context;
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public jakarta.servlet.ServletContext servletContext() {
        return context.getServletContext();
    }

    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("The web server did not stop cleanly: {}", e.getMessage(), e);
        } finally {
            mountedJars.close();
        }
    }

    private static Path emptyWebRoot() throws java.io.IOException {
        // the portal serves nothing from disk: every page comes from Vaadin or a servlet
        Path root = Files.createTempDirectory("citizen-services-webroot");
        root.toFile().deleteOnExit();
        return root;
    }
}
