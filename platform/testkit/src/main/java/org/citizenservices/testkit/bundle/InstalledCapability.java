package org.citizenservices.testkit.bundle;

import org.citizenservices.spi.Capability;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.ViewContribution;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * The capability bundle under test, seen from inside the framework: how it resolved, the {@link Capability} it
 * registered, and what it leaves when it goes. Each check throws an {@link AssertionError} that says what is wrong,
 * so it reads the same under any test framework.
 */
public final class InstalledCapability {

    private static final String PACKAGE = "osgi.wiring.package";
    private static final String TEST_FRAMEWORK_LOCATIONS = "link:";

    private final BundleContext context;
    private final Path jar;

    InstalledCapability(BundleContext context, Path jar) {
        this.context = context;
        this.jar = jar;
    }

    /** The module's bundle, installed from its built jar. */
    public Bundle bundle() {
        String location = jar.toUri().toString();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getLocation().equals(location)) {
                return bundle;
            }
        }
        throw new AssertionError("The module's jar " + location + " is not installed");
    }

    /**
     * Checks that the bundle is active, that each package it imports is wired, and that no import is served by the
     * bundles Pax Exam brings for itself (its runtime, logging, JUnit): a capability wired to those would not start in
     * a practice. What may serve it is the system bundle (the host's class path), the bundle itself, and bundles the
     * test installed on purpose — another module whose API it calls. Once it resolved the framework guarantees the
     * version ranges, so this mostly says <em>why</em> it did not. Returns the version of the SPI it was wired to.
     */
    public Version assertResolved() {
        Bundle bundle = activeBundle();
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        List<String> unwired = new ArrayList<>();
        for (BundleRequirement imported : wiring.getRequirements(PACKAGE)) {
            // optional, or imported dynamically (another module's API, wired only once that module is there)
            String resolution = imported.getDirectives().get(Constants.RESOLUTION_DIRECTIVE);
            boolean optional = Constants.RESOLUTION_OPTIONAL.equals(resolution)
                    || PackageNamespace.RESOLUTION_DYNAMIC.equals(resolution);
            boolean wired = wiring.getRequiredWires(PACKAGE).stream()
                    .anyMatch(wire -> wire.getRequirement().equals(imported));
            if (!wired && !optional) {
                unwired.add(imported.getDirectives().get(Constants.FILTER_DIRECTIVE));
            }
        }
        if (!unwired.isEmpty()) {
            throw new AssertionError("Imports not wired: " + unwired);
        }
        List<String> fromTestFramework = new ArrayList<>();
        for (BundleWire wire : wiring.getRequiredWires(PACKAGE)) {
            // Pax Exam installs its own bundles from link: URLs; a module's and a test's bundles come from files
            if (wire.getProvider().getBundle().getLocation().startsWith(TEST_FRAMEWORK_LOCATIONS)) {
                fromTestFramework.add(wire.getCapability().getAttributes().get(PACKAGE) + " from "
                        + wire.getProvider().getSymbolicName());
            }
        }
        if (!fromTestFramework.isEmpty()) {
            throw new AssertionError("Imports served by the test framework's own bundles, which no practice has: "
                    + fromTestFramework);
        }
        return wiredVersion("org.citizenservices.spi")
                .orElseThrow(() -> new AssertionError("The bundle does not import the SPI package"));
    }

    /** The version of the exporter {@code packageName} is wired to, if the bundle imports it. */
    public Optional<Version> wiredVersion(String packageName) {
        for (BundleWire wire : bundle().adapt(BundleWiring.class).getRequiredWires(PACKAGE)) {
            if (packageName.equals(wire.getCapability().getAttributes().get(PACKAGE))) {
                return Optional.of((Version) wire.getCapability().getAttributes().get("version"));
            }
        }
        return Optional.empty();
    }

    /** The one {@link Capability} service the bundle registered; fails if it registered none or several. */
    public Capability capability() {
        activeBundle();
        List<ServiceReference<Capability>> mine = capabilityReferences();
        if (mine.size() != 1) {
            throw new AssertionError("Expected the bundle to register one Capability service, found " + mine.size());
        }
        return context.getService(mine.get(0));
    }

    /**
     * Starts the capability as the host does: its migrations on a fresh Derby database on disk, its persistence
     * unit with its bundle's class loader, then {@link Capability#start} with {@code access} as the core's rule.
     */
    public RunningCapability start(ServiceAccess access) {
        return RunningCapability.start(bundle(), capability(), access, jar.resolveSibling("bundle-test"));
    }

    /**
     * Checks that the bundle is what it declares: resolved against the host's packages ({@link #assertResolved}), its
     * capability's id, service, name, views and migrations as expected; started on a fresh database, its routes as
     * expected and exactly the expected APIs published — and withdrawn again once it stops.
     */
    public void assertIs(ExpectedCapability expected) {
        assertResolved();
        Capability capability = capability();
        same("id", expected.id(), capability.id());
        same("service", expected.serviceKey(), capability.service().key());
        same("display name", expected.displayName(), capability.displayName());
        same("views", expected.views(), capability.views().stream().map(ViewContribution::path).toList());
        same("migrations", expected.migrations(), migrations());
        List<String> before = registeredServices();
        try (RunningCapability running = start(new TestServiceAccess())) {
            same("routes", expected.routes(), running.routes());
            List<String> published = new ArrayList<>(registeredServices());
            before.forEach(published::remove);
            same("APIs published while it runs", expected.publishedApis().stream().sorted().toList(), published);
        }
        same("services once it stopped", before, registeredServices());
    }

    private static void same(String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual);
        }
    }

    /** The names of the SQL migrations in the bundle ({@code db/migration/*.sql}), which the host runs in order. */
    public List<String> migrations() {
        List<String> names = new ArrayList<>();
        Enumeration<URL> entries = bundle().findEntries("db/migration", "*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            String path = entries.nextElement().getPath();
            names.add(path.substring(path.lastIndexOf('/') + 1));
        }
        Collections.sort(names);
        return names;
    }

    /** The object classes of every service the bundle has registered now. */
    public List<String> registeredServices() {
        ServiceReference<?>[] references = bundle().getRegisteredServices();
        List<String> names = new ArrayList<>();
        for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
            Collections.addAll(names, (String[]) reference.getProperty(Constants.OBJECTCLASS));
        }
        Collections.sort(names);
        return names;
    }

    /**
     * Stops the bundle and checks that no service of its is left in the registry; starts it again and checks that its
     * capability is back (an activator that keeps state across a stop fails here); uninstalls it and checks the same;
     * then installs and starts it again from its jar for the next test. The framework withdraws what a bundle
     * registered through its own context, so the first check catches only services registered some other way; what
     * a capability must withdraw itself when it stops — the APIs it publishes — {@link #assertIs} checks.
     */
    public void assertLeavesNoServiceBehind() {
        Bundle bundle = bundle();
        try {
            bundle.stop();
            assertNoServiceOf(bundle.getBundleId(), "stopped");
            bundle.start();
            capability();
            bundle.uninstall();
            assertNoServiceOf(bundle.getBundleId(), "uninstalled");
            context.installBundle(jar.toUri().toString()).start();
        } catch (BundleException e) {
            throw new AssertionError("The bundle could not be stopped, started or installed: " + e.getMessage(), e);
        }
    }

    private void assertNoServiceOf(long bundleId, String when) {
        List<String> left = new ArrayList<>();
        try {
            ServiceReference<?>[] all = context.getAllServiceReferences(null, null);
            for (ServiceReference<?> reference : all == null ? new ServiceReference<?>[0] : all) {
                if (reference.getBundle() != null && reference.getBundle().getBundleId() == bundleId) {
                    Collections.addAll(left, (String[]) reference.getProperty(Constants.OBJECTCLASS));
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!left.isEmpty()) {
            throw new AssertionError("Services left registered after the bundle was " + when + ": " + left);
        }
    }

    private List<ServiceReference<Capability>> capabilityReferences() {
        try {
            long id = bundle().getBundleId();
            return context.getServiceReferences(Capability.class, null).stream()
                    .filter(reference -> reference.getBundle() != null && reference.getBundle().getBundleId() == id)
                    .toList();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Bundle activeBundle() {
        Bundle bundle = bundle();
        if (bundle.getState() != Bundle.ACTIVE) {
            throw new AssertionError(bundle.getSymbolicName() + " is not active (state " + bundle.getState() + "): "
                    + whyNotActive(bundle));
        }
        return bundle;
    }

    /** The framework's own words: which requirement it could not meet, or what the activator threw. */
    private static String whyNotActive(Bundle bundle) {
        try {
            bundle.start();
            return "it started only when asked again";
        } catch (BundleException e) {
            return e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")");
        }
    }
}
