package org.citizenservices.host;

import jakarta.servlet.ServletContext;
import org.citizenservices.core.Core;
import org.citizenservices.host.api.ApiRouteTable;
import org.citizenservices.host.api.PatientApiServlet;
import org.citizenservices.host.api.RateLimiter;
import org.citizenservices.host.fhir.GpConnectBook;
import org.citizenservices.host.integration.ClinicalImports;
import org.citizenservices.host.modules.CapabilityTracker;
import org.citizenservices.host.modules.ModuleRegistry;
import org.citizenservices.host.operations.AdminAccess;
import org.citizenservices.host.operations.AdminServlet;
import org.citizenservices.host.osgi.OsgiFramework;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.security.SignInThrottle;
import org.citizenservices.host.web.WebServer;
import org.citizenservices.persistence.ModulePersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * The Citizen Services host: Jetty with the Vaadin portal, an embedded Felix framework whose FileInstall watches
 * {@code deploy/}, and the persistence service that gives each capability bundle its own schema.
 *
 * <p>Start order matters: the database and the core open on other threads ({@link CoreOpening}) while the web server
 * starts, so the portal's route registry exists before the first capability arrives; then the framework, which
 * installs whatever already lies in {@code deploy/} — once the core's schema is in place, while its demo seeds.
 */
public final class CitizenServicesHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CitizenServicesHost.class);

    private final HostOptions options;
    private WebServer webServer;
    private OsgiFramework framework;
    private ModuleRegistry modules;
    private Portal portal;
    private volatile Core core;
    private final ApiRouteTable apiRoutes = new ApiRouteTable();
    private final GpConnectBook gpConnect = new GpConnectBook();
    private final ClinicalImports clinicalImports = new ClinicalImports();
    private volatile org.citizenservices.host.integration.BundleImport bundleImport;
    private volatile org.citizenservices.host.notify.ActivationMail activationMail;
    private PatientApiServlet patientApi;
    private java.util.Optional<org.citizenservices.host.nhslogin.NhsLogin> nhsLogin = java.util.Optional.empty();
    private java.util.concurrent.ScheduledExecutorService housekeeping;
    private org.citizenservices.host.notify.OutboxSchedule outbox;
    private volatile boolean started;
    private volatile AdminAccess adminAccess;
    private CoreOpening opening;

    private CitizenServicesHost(HostOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        if (java.util.List.of(args).contains("--help") || java.util.List.of(args).contains("-h")) {
            System.out.println(HostOptions.help());
            return;
        }
        HostOptions options;
        try {
            options = HostOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            CitizenServicesHost host = start(options);
            Runtime.getRuntime().addShutdownHook(new Thread(host::close, "citizen-services-shutdown"));
        } catch (Exception e) {
            LOG.error("Citizen Services could not start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }

    /** Starts a host; the caller closes it. */
    public static CitizenServicesHost start(HostOptions options) throws Exception {
        routeJavaUtilLoggingToSlf4j();
        CitizenServicesHost host = new CitizenServicesHost(options);
        try {
            host.startAll();
            return host;
        } catch (Exception | Error e) {
            host.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        long began = System.nanoTime();
        Files.createDirectories(options.dataDir());
        Files.createDirectories(options.deployDir());

        modules = new ModuleRegistry(options.deployDir());
        CompletableFuture<Core> coreReady = new CompletableFuture<>();
        portal = new Portal(modules, coreReady);
        opening = new CoreOpening(options, () -> portal.routes().installedServices(), coreReady);
        patientApi = new PatientApiServlet(portal::core, apiRoutes, () -> portal.routes().installedServiceNames(),
                Clock.systemUTC(), Integer.getInteger("citizenservices.api.credentialAttemptsPerMinute", 30),
                !options.database().isEmbedded());
        RateLimiter signInAttempts = RateLimiter.forNodes(RateLimiter.Rate.perMinute(Integer.getInteger(
                "citizenservices.portal.signInAttemptsPerMinute", 30)), !options.database().isEmbedded(),
                () -> portal.core().hostTables(), Clock.systemUTC());
        portal.signInThrottle(new SignInThrottle(signInAttempts::tryAcquire, portal::core));
        coreReady.thenAccept(opened -> opened.sessionRevocations().listen(patientApi::revoked));
        webServer = WebServer.start(options.port(), options.node(),
                options.behindProxy() ? options.trustedProxies() : null, portal, modules, () -> started,
                new WebServer.Apis(patientApi,
                        new org.citizenservices.host.integration.PracticeApiServlet(portal::core, () -> bundleImport),
                        new org.citizenservices.host.integration.OAuthTokenServlet(portal::core),
                        new AdminServlet(() -> adminAccess, opening::database, () -> core,
                                () -> options.publicUrl(webServer.port()), () -> bundleImport,
                                () -> activationMail),
                        new org.citizenservices.host.fhir.FhirApiServlet(portal::core, () -> nhsLogin, gpConnect,
                                Clock.systemUTC())));
        ModulePersistence persistence = opening.persistence();
        OsgiFramework.Folders folders = new OsgiFramework.Folders(options.osgiCacheDir(), options.deployDir(),
                options.dataDir().resolve("tmp"), options.pollMillis());
        // modules migrate their schemas once the core's is in place, while the demo seeds; they wait for it to start
        opening.awaitOpened();
        var demo = org.citizenservices.host.modules.DemoData.ofCore(options.demo(), portal::core);
        framework = OsgiFramework.start(folders, modules, context -> new CapabilityTracker(context, persistence,
                new CapabilityTracker.Books(portal.routes(), apiRoutes, clinicalImports, portal.settings(),
                        gpConnect.routes(), gpConnect.sections()), modules, demo, portal::serviceAccess));
        core = opening.core();
        bundleImport = new org.citizenservices.host.integration.BundleImport(core, clinicalImports);
        startNotices();
        // NHS login's provider is read on first use, so a node starts while NHS login is unreachable
        nhsLogin = org.citizenservices.host.nhslogin.NhsLogin.of(options.nhsLogin(),
                options.publicUrl(webServer.port()), Clock.systemUTC());
        nhsLogin.flatMap(org.citizenservices.host.nhslogin.NhsLogin::client).ifPresent(portal::nhsLogin);
        startHousekeeping(signInAttempts);

        opening.awaitDemoSignIns();
        adminAccess = AdminAccess.publish(options.dataDir(), webServer.port());
        if (core.isUnprovisioned()) {
            LOG.info(FirstStart.instructions(options));
        }
        started = true;
        LOG.info("Citizen Services ready on http://localhost:{}/ in {} ms ({}, data {}, deploy {})",
                webServer.port(), (System.nanoTime() - began) / 1_000_000, opening.database().describe(),
                options.dataDir(), options.deployDir());
    }

    /** Verified-contact codes and the outbox's sender, both through the installation's notifier. */
    private void startNotices() {
        var notifier = org.citizenservices.host.notify.CitizenNotifier.ofInstallation();
        portal.contactCodes(new org.citizenservices.host.notify.ContactCodes(notifier));
        activationMail = new org.citizenservices.host.notify.ActivationMail(notifier,
                () -> options.publicUrl(webServer.port()));
        portal.activationMail(activationMail);
        outbox = new org.citizenservices.host.notify.OutboxSchedule(new org.citizenservices.host.notify.OutboxSender(
                core::outbox, notifier, options.node()),
                java.time.Duration.ofSeconds(Long.getLong("citizenservices.outbox.seconds", 15)));
        portal.onNotificationQueued(outbox::wake);
    }

    /** Each minute the API's sessions and the sign-in buckets are swept; every five the account status rule runs. */
    private void startHousekeeping(RateLimiter signInAttempts) {
        housekeeping = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "patient-api-sweep");
            thread.setDaemon(true);
            return thread;
        });
        housekeeping.scheduleWithFixedDelay(patientApi::sweep, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
        housekeeping.scheduleWithFixedDelay(signInAttempts::sweep, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
        // at start and every five minutes: associations dated to start (or end) today change accounts' status
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                core.accountStatusSweep().run();
            } catch (RuntimeException failed) {
                LOG.warn("Account status sweep failed; it runs again in five minutes", failed);
            }
        }, 0, 5, java.util.concurrent.TimeUnit.MINUTES);
    }

    public int port() {
        return webServer.port();
    }

    public HostOptions options() {
        return options;
    }

    public ModuleRegistry modules() {
        return modules;
    }

    public OsgiFramework framework() {
        return framework;
    }

    /** The core: practices, patients, accounts, access and audit. */
    public Core core() {
        return core;
    }

    /** The patient API routes of the installed capabilities. */
    public ApiRouteTable apiRoutes() {
        return apiRoutes;
    }

    public Portal portal() {
        return portal;
    }

    /** The portal's servlet context, where Vaadin keeps its application-wide state. */
    public ServletContext servletContext() {
        return webServer.servletContext();
    }

    @Override
    public synchronized void close() {
        started = false;
        adminAccess = stopped(adminAccess, AdminAccess::withdraw);
        outbox = stopped(outbox, org.citizenservices.host.notify.OutboxSchedule::close);
        housekeeping = stopped(housekeeping, java.util.concurrent.ScheduledExecutorService::shutdownNow);
        // reverse order: capabilities leave (closing their persistence units) before the web server and database
        framework = stopped(framework, OsgiFramework::stop);
        webServer = stopped(webServer, WebServer::stop);
        opening = stopped(opening, CoreOpening::close);
        core = null;
    }

    /** Stops a part that was started (a start that failed part-way leaves the rest null); null, for its field. */
    private static <T> T stopped(T part, java.util.function.Consumer<T> stop) {
        if (part != null) {
            stop.accept(part);
        }
        return null;
    }

    private static void routeJavaUtilLoggingToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}

