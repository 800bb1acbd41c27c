package org.citizenservices.host.modules;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Knows every module the practice has installed and what state it is in, for {@code /health} and the portal.
 *
 * <p>A module is any bundle other than the framework's own and the host's infrastructure, plus any jar in the
 * deploy folder that could not even be installed (not a bundle, bad manifest). Failures are recorded where they
 * happen: an activator that throws is seen as a {@code STARTING} event followed by {@code STOPPED} without
 * {@code STARTED}; a capability whose start throws is reported by the {@link CapabilityTracker}.
 */
public final class ModuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);

    private final Path deployDir;
    private final Map<Long, CapabilityRecord> capabilities = new ConcurrentHashMap<>();
    private final Map<Long, String> startFailures = new ConcurrentHashMap<>();
    private final Set<Long> infrastructure = ConcurrentHashMap.newKeySet();
    private final Map<Long, Boolean> starting = new ConcurrentHashMap<>();
    private final Map<String, Long> reportedJars = new ConcurrentHashMap<>();
    private final Set<Long> retired = ConcurrentHashMap.newKeySet();
    private final Map<String, ModuleStatus> refusals = new ConcurrentHashMap<>();
    private volatile BundleContext context;

    public ModuleRegistry(Path deployDir) {
        this.deployDir = deployDir;
    }

    /** Starts observing the framework's bundles. */
    public void attach(BundleContext context) {
        this.context = context;
        context.addBundleListener((SynchronousBundleListener) this::bundleChanged);
    }

    /** Bundles the host installs itself (FileInstall) are not modules. */
    public void markInfrastructure(Bundle bundle) {
        infrastructure.add(bundle.getBundleId());
    }

    /** A capability of the host's first start, activating beside others: STARTING until it is in place. */
    void capabilityStarting(Bundle bundle, String id, String name) {
        capabilities.put(bundle.getBundleId(), new CapabilityRecord(id, name, null, null, true));
    }

    void capabilityStarted(Bundle bundle, String id, String name, org.citizenservices.spi.Capability capability) {
        capabilities.put(bundle.getBundleId(), new CapabilityRecord(id, name, null, capability, false));
    }

    void capabilityFailed(Bundle bundle, String id, String name, String reason) {
        capabilities.put(bundle.getBundleId(), new CapabilityRecord(id, name, reason, null, false));
    }

    /**
     * What the running capabilities say the supplier must see about practices, each named after its capability; a
     * capability that cannot say is logged and skipped, so one module never blanks the supplier's page.
     */
    public List<ModuleNotice> supplierNotices() {
        List<ModuleNotice> notices = new ArrayList<>();
        for (CapabilityRecord record : capabilities.values()) {
            if (record.capability() == null) {
                continue;
            }
            try {
                record.capability().supplierNotices().forEach(n -> notices.add(new ModuleNotice(record.name(), n)));
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Module '{}' could not report its supplier notices: {}", record.id(), e.toString());
            }
        }
        notices.sort(java.util.Comparator.comparing((ModuleNotice n) -> n.notice().odsCode())
                .thenComparing(n -> n.notice().since()));
        return notices;
    }

    /** A capability's notice to the supplier, with the capability's name. */
    public record ModuleNotice(String module, org.citizenservices.spi.SupplierNotice notice) {
    }

    void capabilityGone(Bundle bundle) {
        capabilities.remove(bundle.getBundleId());
    }

    /**
     * A bundle {@link ModuleUpgrades} has retired: not shown as a module of its own (the version that replaced it
     * is), only as a refusal where one is recorded.
     */
    void retired(Bundle bundle) {
        retired.add(bundle.getBundleId());
    }

    boolean isRetired(Bundle bundle) {
        return retired.contains(bundle.getBundleId());
    }

    /**
     * A jar the host would not start, listed as {@link ModuleState#REFUSED} under its file name until the node
     * stops or a jar of that name is installed again — after the jar has left the folder too, because an operator
     * who dropped an older version must be able to see afterwards why it is not running.
     */
    void refused(Bundle bundle, String jarName, String reason) {
        String name = bundle.getHeaders().get("Bundle-Name");
        refusals.put(jarName, new ModuleStatus(jarName, name == null ? jarName : name,
                bundle.getVersion().toString(), ModuleState.REFUSED, reason));
    }

    void forgetRefusal(String jarName) {
        refusals.remove(jarName);
    }

    /** Installed modules, sorted by id. */
    public List<ModuleStatus> modules() {
        List<ModuleStatus> result = new ArrayList<>();
        List<String> bundleLocations = new ArrayList<>();
        BundleContext ctx = context;
        if (ctx != null) {
            try {
                for (Bundle bundle : ctx.getBundles()) {
                    if (bundle.getBundleId() != 0 && !infrastructure.contains(bundle.getBundleId())
                            && bundle.getState() != Bundle.UNINSTALLED) {
                        bundleLocations.add(bundle.getLocation());
                        if (!retired.contains(bundle.getBundleId())) {
                            result.add(statusOf(ctx, bundle));
                        }
                    }
                }
            } catch (IllegalStateException frameworkStopped) {
                // the framework is stopping: report what the deploy folder holds
            }
        }
        result.addAll(jarsThatAreNotBundles(bundleLocations));
        result.addAll(refusals.values());
        result.sort(Comparator.comparing(ModuleStatus::id));
        return result;
    }

    /** Whether the bundle's activator threw on its last start: starting it again would only throw again. */
    public boolean activatorFailed(long bundleId) {
        return startFailures.containsKey(bundleId);
    }

    /** The status of the module with this id, if installed. */
    public java.util.Optional<ModuleStatus> module(String id) {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    private ModuleStatus statusOf(BundleContext ctx, Bundle bundle) {
        String version = bundle.getVersion().toString();
        CapabilityRecord capability = capabilities.get(bundle.getBundleId());
        if (capability != null) {
            ModuleState state = capability.starting() ? ModuleState.STARTING
                    : capability.failure() == null ? ModuleState.ACTIVE : ModuleState.FAILED;
            return new ModuleStatus(capability.id(), capability.name(), version, state, capability.failure());
        }
        String id = bundle.getSymbolicName() == null ? fileName(bundle.getLocation()) : bundle.getSymbolicName();
        String name = bundle.getHeaders().get("Bundle-Name");
        if (name == null) {
            name = id;
        }
        String failure = startFailures.get(bundle.getBundleId());
        if (failure != null) {
            return new ModuleStatus(id, name, version, ModuleState.FAILED, failure);
        }
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> new ModuleStatus(id, name, version, ModuleState.ACTIVE, null);
            case Bundle.STARTING -> new ModuleStatus(id, name, version, ModuleState.STARTING, null);
            case Bundle.STOPPING -> new ModuleStatus(id, name, version, ModuleState.STOPPING, null);
            case Bundle.RESOLVED -> new ModuleStatus(id, name, version, ModuleState.RESOLVED, null);
            default -> unresolvable(ctx, bundle)
                    ? new ModuleStatus(id, name, version, ModuleState.FAILED,
                            "cannot be resolved: a package it imports is not available (see the log)")
                    : new ModuleStatus(id, name, version, ModuleState.INSTALLED, null);
        };
    }

    private static boolean unresolvable(BundleContext ctx, Bundle bundle) {
        // resolving is idempotent; if the framework cannot wire it now, FileInstall could not either
        return !ctx.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
    }

    /**
     * Logs, once per jar version, every jar in the deploy folder that is not installed as a bundle. FileInstall
     * passes over such jars silently, so without this an operator would see nothing. Called periodically by the host.
     */
    public void reportUninstallableJars() {
        BundleContext ctx = context;
        if (ctx == null) {
            return;
        }
        try {
            List<String> locations = java.util.Arrays.stream(ctx.getBundles()).map(Bundle::getLocation).toList();
            jarsThatAreNotBundles(locations);
        } catch (IllegalStateException frameworkStopped) {
            // nothing to report while stopping
        }
    }

    private List<ModuleStatus> jarsThatAreNotBundles(List<String> bundleLocations) {
        if (!Files.isDirectory(deployDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(deployDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .filter(f -> bundleLocations.stream().noneMatch(l -> fileName(l).equals(f.getFileName().toString())))
                    .filter(this::waitedForFileInstall)
                    .map(this::uninstallable)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the deploy folder " + deployDir, e);
        }
    }

    /**
     * A jar FileInstall has not had the time to pick up (it polls, then installs) is not a failure yet: only one seen
     * in the folder, unchanged, for longer than {@link #INSTALL_GRACE} is reported.
     */
    private boolean waitedForFileInstall(Path jar) {
        String key = jar.getFileName() + "@" + jar.toFile().lastModified();
        long now = System.nanoTime();
        Long seen = firstSeen.putIfAbsent(key, now);
        return seen != null && now - seen > INSTALL_GRACE.toNanos();
    }

    private ModuleStatus uninstallable(Path jar) {
        String name = jar.getFileName().toString();
        String reason = UninstallableJar.reason(jar);
        long modified = jar.toFile().lastModified();
        if (!Long.valueOf(modified).equals(reportedJars.put(name, modified))) {
            LOG.error("{} in the deploy folder is not installed: {}", name, reason);
        }
        return new ModuleStatus(name, name, "", ModuleState.FAILED, reason);
    }

    private static final java.time.Duration INSTALL_GRACE = java.time.Duration.ofSeconds(5);
    private final Map<String, Long> firstSeen = new java.util.concurrent.ConcurrentHashMap<>();

    private static String fileName(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void bundleChanged(BundleEvent event) {
        long id = event.getBundle().getBundleId();
        switch (event.getType()) {
            case BundleEvent.STARTING -> starting.put(id, Boolean.TRUE);
            case BundleEvent.STARTED, BundleEvent.UPDATED -> {
                starting.remove(id);
                startFailures.remove(id);
            }
            case BundleEvent.STOPPED -> {
                if (starting.remove(id) != null) {
                    startFailures.put(id, "its activator threw an exception on start (see the log)");
                }
            }
            case BundleEvent.UNINSTALLED -> {
                starting.remove(id);
                startFailures.remove(id);
                capabilities.remove(id);
                retired.remove(id);
            }
            default -> {
            }
        }
    }

    /** What the capability tracker reported for a bundle; {@code failure} is null when it started. */
    private record CapabilityRecord(String id, String name, String failure,
                                    org.citizenservices.spi.Capability capability, boolean starting) {
    }
}
