package org.citizenservices.host.modules;

import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.persistence.ModulePersistence.OpenUnit;
import org.citizenservices.persistence.SequenceRevision;
import org.citizenservices.host.persistence.BundleUnits;
import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.FhirRoute;
import org.citizenservices.spi.StructuredRecordSection;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.Revision;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.ViewContribution;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManagerFactory;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Brings a capability into the portal when its bundle registers its {@link Capability} service, and takes it out
 * when the service goes away. A module deployed into a running host activates on the thread that starts the bundle
 * (FileInstall's), so it is fully in place — schema migrated, persistence unit open, views routed — by the time its
 * bundle is ACTIVE. The modules already in {@code deploy/} when the host starts activate side by side
 * ({@link SideBySideStart}), reported STARTING until each is in place; the host's start waits for them all.
 */
public final class CapabilityTracker extends ServiceTracker<Capability, CapabilityTracker.Installed> {

    private static final Logger LOG = LoggerFactory.getLogger(CapabilityTracker.class);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final ModulePersistence persistence;
    private final Contributions<ViewContribution> routes;
    private final Contributions<org.citizenservices.spi.PracticeSetting> settings;
    private final ModuleRegistry modules;
    private final DemoData demo;
    private volatile SideBySideStart firstStart;
    // asked for as each capability starts: the core may still be opening while the modules' schemas migrate
    private final java.util.function.Supplier<ServiceAccess> serviceAccess;
    private final Contributions<ApiRoute> apiRoutes;
    private final Contributions<org.citizenservices.spi.ClinicalImport> imports;
    private final Contributions<FhirRoute> fhirRoutes;
    private final Contributions<StructuredRecordSection> recordSections;

    /** Where a capability's contributions go while it is installed: views, API routes, import mappings, settings. */
    public record Books(Contributions<ViewContribution> views, Contributions<ApiRoute> apiRoutes,
                        Contributions<org.citizenservices.spi.ClinicalImport> imports,
                        Contributions<org.citizenservices.spi.PracticeSetting> settings,
                        Contributions<FhirRoute> fhirRoutes, Contributions<StructuredRecordSection> recordSections) {
    }

    public CapabilityTracker(BundleContext context, ModulePersistence persistence, Books books,
                             ModuleRegistry modules, DemoData demo,
                             java.util.function.Supplier<ServiceAccess> serviceAccess) {
        super(context, Capability.class, null);
        this.persistence = persistence;
        this.routes = books.views();
        this.apiRoutes = books.apiRoutes();
        this.imports = books.imports();
        this.settings = books.settings();
        this.fhirRoutes = books.fhirRoutes();
        this.recordSections = books.recordSections();
        this.modules = modules;
        this.serviceAccess = serviceAccess;
        this.demo = demo.on() ? demo : DemoData.off();
        String practiceTime = System.getProperty(org.citizenservices.spi.PracticeTime.START_PROPERTY);
        if (practiceTime != null) {
            LOG.warn("The modules' practice clocks start at {} ({}): a test installation's setting, never a"
                    + " production one", practiceTime, org.citizenservices.spi.PracticeTime.START_PROPERTY);
        }
    }

    /**
     * A capability the host has started — or, at the host's first start, is starting beside others — with what must
     * be undone when it leaves.
     */
    public static final class Installed {
        private final String id;
        private final Bundle bundle;
        private final Capability capability;
        private final CompletableFuture<Boolean> active = new CompletableFuture<>();
        private volatile OpenUnit persistenceUnit;

        Installed(String id, Bundle bundle, Capability capability) {
            this.id = id;
            this.bundle = bundle;
            this.capability = capability;
        }

        public String id() {
            return id;
        }
    }

    /** From now until {@link #endFirstStart()}, modules deployed activate side by side. */
    public void beginFirstStart() {
        firstStart = new SideBySideStart();
    }

    /** Waits for every module of the first start, after which each deploy activates on FileInstall's thread. */
    public void endFirstStart() {
        SideBySideStart started = firstStart;
        if (started != null) {
            started.await();
            firstStart = null;
        }
    }

    @Override
    public Installed addingService(ServiceReference<Capability> reference) {
        Bundle bundle = reference.getBundle();
        Capability capability = context.getService(reference);
        if (capability == null) {
            return null;
        }
        String id = safely(capability::id, bundle.getSymbolicName());
        Installed installed = new Installed(id, bundle, capability);
        SideBySideStart started = firstStart;
        if (started == null) {
            if (activate(installed)) {
                return installed;
            }
            context.ungetService(reference);
            return null;
        }
        modules.capabilityStarting(bundle, id, safely(capability::displayName, id));
        started.submit(() -> activate(installed));
        return installed;
    }

    /** Migrates, opens, starts and enters a capability; a failure is logged and reported, and nothing is left. */
    private boolean activate(Installed installed) {
        String id = installed.id;
        Bundle bundle = installed.bundle;
        Capability capability = installed.capability;
        String name = safely(capability::displayName, id);
        try {
            requireValidId(id);
            CitizenService service = Objects.requireNonNull(capability.service(), "the capability's service()");
            List<ViewContribution> views = List.copyOf(capability.views());
            routes.checkCanAdd(id, views);
            long began = System.nanoTime();
            OpenUnit unit = BundleUnits.open(persistence, bundle, id, capability.entityClasses());
            installed.persistenceUnit = unit;
            EntityManagerFactory factory = unit == null ? null : unit.entityManagerFactory();
            capability.start(new ModuleContext(factory, demo, service, serviceAccess,
                    revisionName -> revision(factory, revisionName)));
            try {
                contribute(id, name, service, views, capability);
            } catch (RuntimeException e) {
                withdraw(id);
                capability.stop();
                throw e;
            }
            modules.capabilityStarted(bundle, id, name, capability);
            LOG.info("Module '{}' {} active in {} ms with {} view(s)", id, bundle.getVersion(),
                    (System.nanoTime() - began) / 1_000_000, views.size());
            installed.active.complete(true);
            return true;
        } catch (Exception | LinkageError e) {
            LOG.error("Module '{}' from {} failed to start: {}", id, bundle.getLocation(), e.getMessage(), e);
            modules.capabilityFailed(bundle, id, name, reason(e));
            if (installed.persistenceUnit != null) {
                installed.persistenceUnit.close();
                installed.persistenceUnit = null;
            }
            return false;
        } finally {
            // whatever happened, a removal waiting on this module may go on (a no-op once it says true)
            installed.active.complete(false);
        }
    }

    @Override
    public void removedService(ServiceReference<Capability> reference, Installed installed) {
        String id = installed.id();
        // a module of the first start that is still activating is removed once it is in place
        if (!installed.active.join()) {
            context.ungetService(reference);
            return;
        }
        try {
            withdraw(id);
        } finally {
            stopQuietly(installed);
            if (installed.persistenceUnit != null) {
                installed.persistenceUnit.close();
            }
            modules.capabilityGone(installed.bundle);
            context.ungetService(reference);
            RecordHandleCache.release();
            LOG.info("Module '{}' removed", id);
        }
    }

    /** Enters everything a started capability contributes, each book checked first so a clash changes nothing. */
    private synchronized void contribute(String id, String name, CitizenService service, List<ViewContribution> views,
                            Capability capability) {
        List<ApiRoute> api = List.copyOf(capability.apiRoutes());
        List<org.citizenservices.spi.ClinicalImport> mappings = List.copyOf(capability.imports());
        List<org.citizenservices.spi.PracticeSetting> declared = List.copyOf(capability.settings());
        List<FhirRoute> fhir = List.copyOf(capability.fhirRoutes());
        List<StructuredRecordSection> sections = List.copyOf(capability.structuredRecordSections());
        apiRoutes.checkCanAdd(id, api);
        imports.checkCanAdd(id, mappings);
        settings.checkCanAdd(id, declared);
        fhirRoutes.checkCanAdd(id, fhir);
        recordSections.checkCanAdd(id, sections);
        routes.add(id, name, service, views);
        apiRoutes.add(id, name, service, api);
        imports.add(id, name, service, mappings);
        settings.add(id, name, service, declared);
        fhirRoutes.add(id, name, service, fhir);
        recordSections.add(id, name, service, sections);
    }

    /** Takes a capability's contributions out of every book, the last entered first. */
    private synchronized void withdraw(String id) {
        recordSections.remove(id);
        fhirRoutes.remove(id);
        settings.remove(id);
        imports.remove(id);
        apiRoutes.remove(id);
        routes.remove(id);
    }

    private static void stopQuietly(Installed installed) {
        try {
            installed.capability.stop();
        } catch (RuntimeException e) {
            LOG.warn("Module '{}' did not stop cleanly: {}", installed.id(), e.getMessage(), e);
        }
    }

    private static void requireValidId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("capability id '" + id
                    + "' must be 2-40 lower-case letters, digits or '-', starting with a letter");
        }
    }

    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "failed to start: " + message;
    }

    private static String safely(java.util.function.Supplier<String> value, String fallback) {
        try {
            String v = value.get();
            return v == null ? fallback : v;
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** In the module's schema when other nodes share the database, so a change on any node is seen by all. */
    private Revision revision(EntityManagerFactory factory, String name) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("a revision's name is letters, digits and '_', not '" + name + "'");
        }
        if (!persistence.shared()) {
            return Revision.inMemory();
        }
        if (factory == null) {
            throw new IllegalStateException("a revision on a shared database needs the capability's entity classes");
        }
        return SequenceRevision.of(factory, name + "_REVISION");
    }
}
