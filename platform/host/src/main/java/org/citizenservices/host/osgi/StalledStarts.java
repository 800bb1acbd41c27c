package org.citizenservices.host.osgi;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.BundleRevision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;

/**
 * Starts again a module that FileInstall meant to start but that is not running. Felix refuses a start while another
 * thread holds a bundle lock ("Unable to acquire global lock for resolve"), which happens when a jar is dropped in
 * while the framework is busy; FileInstall then tries again only when the file changes, so the module would sit
 * RESOLVED until someone touched it. A module whose activator threw is left alone (its failure is reported in the
 * health), and each jar is tried a few times only, so one that cannot be resolved is not retried forever.
 */
final class StalledStarts implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(StalledStarts.class);
    static final int ATTEMPTS = 5;

    private final BundleContext context;
    private final Path deployFolder;
    private final LongPredicate activatorFailed;
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    StalledStarts(BundleContext context, Path deployDir, LongPredicate activatorFailed) {
        this.context = context;
        this.deployFolder = deployDir.toAbsolutePath().normalize();
        this.activatorFailed = activatorFailed;
    }

    @Override
    public void run() {
        try {
            for (Bundle bundle : context.getBundles()) {
                if (stalled(bundle)) {
                    retry(bundle);
                }
            }
        } catch (IllegalStateException frameworkStopping) {
            // nothing to start while the framework stops
        }
    }

    private boolean stalled(Bundle bundle) {
        if (bundle.getBundleId() == 0 || !inDeployFolder(bundle.getLocation())
                || (bundle.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) == 0
                || activatorFailed.test(bundle.getBundleId())) {
            return false;
        }
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        boolean fragment = revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        // a retired module is parked above the framework's start level: it is meant not to run
        int frameworkLevel = context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel();
        return !fragment && level != null && level.isPersistentlyStarted() && level.getStartLevel() <= frameworkLevel;
    }

    /** FileInstall's locations are file URLs of the jars in the deploy folder ({@code file:/…/deploy/x.jar}). */
    private boolean inDeployFolder(String location) {
        try {
            Path folder = Path.of(URI.create(location)).toAbsolutePath().normalize().getParent();
            return deployFolder.equals(folder) || folder != null && Files.isSameFile(deployFolder, folder);
        } catch (IllegalArgumentException | FileSystemNotFoundException | IOException notAJarHere) {
            return false;
        }
    }

    private void retry(Bundle bundle) {
        int attempt = attempts.merge(bundle.getBundleId() + "@" + bundle.getLastModified(), 1, Integer::sum);
        if (attempt > ATTEMPTS) {
            return;
        }
        try {
            bundle.start();
            LOG.info("Started {} on a second try: its first start was refused while the framework was busy",
                    bundle.getSymbolicName());
        } catch (BundleException | IllegalStateException | SecurityException refused) {
            if (attempt == ATTEMPTS) {
                LOG.warn("Could not start {} after {} tries: {}", bundle.getSymbolicName(), ATTEMPTS,
                        refused.getMessage());
            }
        }
    }
}
