package org.citizenservices.host.osgi;

import org.apache.felix.framework.FrameworkFactory;
import org.citizenservices.host.modules.CapabilityTracker;
import org.citizenservices.host.modules.ModuleRegistry;
import org.citizenservices.host.modules.ModuleUpgrades;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The embedded Apache Felix framework. Only capability bundles (and FileInstall) run inside it; Vaadin, Jetty,
 * EclipseLink and Derby stay on the host's class path and reach bundles through the system bundle's exports.
 */
public final class OsgiFramework {

    private static final Logger LOG = LoggerFactory.getLogger(OsgiFramework.class);
    private static final String FILEINSTALL_CLASS = "org/apache/felix/fileinstall/internal/FileInstall.class";

    private final Framework framework;
    private final ServiceTracker<?, ?> capabilityTracker;
    private final ScheduledExecutorService deployFolderCheck;

    private OsgiFramework(Framework framework, ServiceTracker<?, ?> capabilityTracker,
                          ScheduledExecutorService deployFolderCheck) {
        this.framework = framework;
        this.capabilityTracker = capabilityTracker;
        this.deployFolderCheck = deployFolderCheck;
    }

    /**
     * Where the framework keeps its cache, the folder FileInstall watches (every {@code pollMillis}) and the one it
     * unpacks into: the host's options, taken apart by the host so this package needs none of its own.
     */
    public record Folders(Path cache, Path deploy, Path tmp, long pollMillis) {
    }

    /**
     * Starts the framework, opens the capability tracker built by {@code trackerFactory}, and only then starts
     * FileInstall, so no capability that already lies in the deploy folder is missed.
     */
    public static OsgiFramework start(Folders folders, ModuleRegistry modules,
                                      Function<BundleContext, ServiceTracker<?, ?>> trackerFactory)
            throws BundleException {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, folders.cache().toString());
        // FileInstall re-installs everything from deploy/ at start, so a stale cache is only a risk
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.fromClassPath());
        // bundles see only what they import, plus the JDK
        config.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_BOOT);
        config.put("felix.log.logger", new FelixLogger());
        config.putAll(FileInstallSettings.forDeployFolder(folders.deploy(),
                folders.tmp(), folders.pollMillis()));

        Framework framework = new FrameworkFactory().newFramework(config);
        framework.init();
        BundleContext context = framework.getBundleContext();
        modules.attach(context);
        new ModuleUpgrades(folders.deploy(), modules).attach(context);
        ServiceTracker<?, ?> tracker = trackerFactory.apply(context);
        tracker.open();
        framework.start();

        Bundle fileInstall = context.installBundle(fileInstallLocation());
        modules.markInfrastructure(fileInstall);
        // FileInstall installs and starts what lies in deploy/ as it starts: those modules activate side by side
        CapabilityTracker capabilities = tracker instanceof CapabilityTracker t ? t : null;
        if (capabilities != null) {
            capabilities.beginFirstStart();
        }
        try {
            fileInstall.start();
        } finally {
            if (capabilities != null) {
                capabilities.endFirstStart();
            }
        }
        // FileInstall skips jars that are not bundles without a word; say so in the log
        ScheduledExecutorService check = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "deploy-folder-check");
            thread.setDaemon(true);
            return thread;
        });
        check.scheduleWithFixedDelay(modules::reportUninstallableJars, 1, 1, TimeUnit.SECONDS);
        check.scheduleWithFixedDelay(new StalledStarts(context, folders.deploy(), modules::activatorFailed), 2, 2,
                TimeUnit.SECONDS);
        LOG.info("OSGi framework started; watching {} every {} ms", folders.deploy(), folders.pollMillis());
        return new OsgiFramework(framework, tracker, check);
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    public void stop() {
        deployFolderCheck.shutdownNow();
        try {
            framework.stop();
            FrameworkEvent event = framework.waitForStop(30_000);
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                LOG.warn("The OSGi framework did not stop within 30 s");
            }
        } catch (BundleException e) {
            LOG.warn("The OSGi framework did not stop cleanly: {}", e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(capabilityTracker);
        }
    }

    private static void closeQuietly(ServiceTracker<?, ?> tracker) {
        try {
            tracker.close();
        } catch (IllegalStateException alreadyStopped) {
            // the framework's stop already removed every tracked capability
        }
    }

    /** FileInstall ships as a jar on the host's class path; it runs as a bundle from that same file. */
    private static String fileInstallLocation() {
        URL resource = OsgiFramework.class.getClassLoader().getResource(FILEINSTALL_CLASS);
        if (resource == null) {
            throw new IllegalStateException("Felix FileInstall is not on the host class path");
        }
        try {
            return ((JarURLConnection) resource.openConnection()).getJarFileURL().toString();
        } catch (java.io.IOException | ClassCastException e) {
            throw new IllegalStateException("Cannot locate the Felix FileInstall jar from " + resource, e);
        }
    }
}
