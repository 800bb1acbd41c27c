package org.citizenservices.host.portal;

import org.citizenservices.core.Core;
import org.citizenservices.host.portal.security.SignInThrottle;
import org.citizenservices.host.portal.security.RequestCaller;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.security.PortalUser;
import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.ServletContext;
import org.citizenservices.host.modules.ModuleRegistry;

import java.util.List;

/**
 * The host objects the portal's views are built from. One per host; stored in the servlet context, where the
 * {@link PortalInstantiatorFactory} finds it to hand it to views through their constructors.
 */
public final class Portal {

    public static final String CONTEXT_ATTRIBUTE = Portal.class.getName();

    private final RouteBook routes = new RouteBook();
    private final org.citizenservices.host.modules.SettingsBook settings = new org.citizenservices.host.modules.SettingsBook();
    private final OpenPages openPages = new OpenPages();
    private final ModuleRegistry modules;
    private final CompletableFuture<Core> core;
    private volatile org.citizenservices.spi.ServiceAccess serviceAccess;
    private volatile VaadinService vaadinService;
    private volatile Runnable notificationQueued = () -> { };
    // the host's, set at start before any page is served (it knows whether nodes share the database)
    private volatile SignInThrottle signInThrottle;

    // the log until the host has read the installation's notification settings
    private volatile org.citizenservices.host.notify.ContactCodes contactCodes =
            new org.citizenservices.host.notify.ContactCodes(new org.citizenservices.host.notify.LoggingNotifier());

    /** {@code core} completes once the database is open; pages asking for it before then wait. */

    public Portal(ModuleRegistry modules, CompletableFuture<Core> core) {
        this.modules = modules;
        this.core = core;
        // a reset letter or a suspended account ends the citizen's open pages at once, not at their next click
        core.thenAccept(opened -> opened.sessionRevocations().listen(vuaId ->
                openPages.endRevokedCitizenSessions(vuaId, opened.citizens()::isCurrent)));
        // whichever page or command sets a declared setting, the core checks it against the module's bounds
        core.thenAccept(opened -> opened.practices().declaredSettings(settings::find));
    }

    /** What to do when a page or capability has queued a notice in the outbox: wake the sender. */
    public void onNotificationQueued(Runnable wake) {
        this.notificationQueued = wake;
    }

    /** The core: identity, access and audit. */
    public Core core() {
        return core.join();
    }

    /** Sends the codes that confirm a citizen's email address or mobile number (verified contact). */
    private volatile org.citizenservices.host.notify.ActivationMail activationMail;

    /** New staff's activation links: made at the portal's public address, e-mailed when the installation can. */
    public org.citizenservices.host.notify.ActivationMail activationMail() {
        return activationMail;
    }

    public void activationMail(org.citizenservices.host.notify.ActivationMail mail) {
        this.activationMail = mail;
    }

    public org.citizenservices.host.notify.ContactCodes contactCodes() {
        return contactCodes;
    }

    public void contactCodes(org.citizenservices.host.notify.ContactCodes codes) {
        this.contactCodes = codes;
    }

    /** "Continue with NHS login", when the installation has NHS login with our key. */
    private volatile org.citizenservices.host.nhslogin.NhsLoginClient nhsLogin;

    public java.util.Optional<org.citizenservices.host.nhslogin.NhsLoginClient> nhsLogin() {
        return java.util.Optional.ofNullable(nhsLogin);
    }

    public void nhsLogin(org.citizenservices.host.nhslogin.NhsLoginClient client) {
        this.nhsLogin = client;
    }

    /** The per-address limit on sign-in and account set-up. */
    public SignInThrottle signInThrottle() {
        SignInThrottle throttle = signInThrottle;
        if (throttle == null) {
            // refuse rather than let attempts through unlimited
            throw new IllegalStateException("no sign-in throttle: the host sets one before serving pages");
        }
        return throttle;
    }

    public void signInThrottle(SignInThrottle throttle) {
        this.signInThrottle = throttle;
    }

    /**
     * What capabilities get as their {@link org.citizenservices.spi.ServiceAccess}: the core's one access rule, told
     * who is asking by the portal session or the patient-API call on the thread. Made once the core is open.
     */
    public org.citizenservices.spi.ServiceAccess serviceAccess() {
        org.citizenservices.spi.ServiceAccess made = serviceAccess;
        if (made == null) {
            synchronized (this) {
                if (serviceAccess == null) {
                    serviceAccess = core().serviceAccess(new RequestCaller(), () -> notificationQueued.run());
                }
                made = serviceAccess;
            }
        }
        return made;
    }

    /** The guidance's services and the installed capabilities', with their names, in page order. */
    public java.util.Map<org.citizenservices.spi.CitizenService, String> serviceNames() {
        return org.citizenservices.core.api.practice.PracticeServices.serviceNames(routes.installedServiceNames());
    }

    /** The user of the current page and what they may use now. */
    public PortalUser currentUser() {
        return PortalSignIn.current(core(), serviceNames().keySet());
    }

    /**
     * Connects the route book to the running Vaadin application: routes first, so that by the time open pages
     * refresh their navigation, the routes they link to exist (or are gone); caches last, once pages have left a
     * removed module's views.
     */
    public void connect(ServletContext servletContext) {
        VaadinRoutes vaadinRoutes = new VaadinRoutes(servletContext);
        routes.addListener(vaadinRoutes);
        routes.addListener(openPages);
        routes.addListener(new ModuleClassRelease(() -> vaadinService));
        routes.views().forEach(v -> vaadinRoutes.added(null, List.of(v)));
    }

    /** Vaadin's service, known once it has started. */
    void serviceStarted(VaadinService service) {
        this.vaadinService = service;
    }

    /** The practice settings the installed capabilities declare. */
    public org.citizenservices.host.modules.SettingsBook settings() {
        return settings;
    }

    public RouteBook routes() {
        return routes;
    }

    public OpenPages openPages() {
        return openPages;
    }

    public ModuleRegistry modules() {
        return modules;
    }
}
