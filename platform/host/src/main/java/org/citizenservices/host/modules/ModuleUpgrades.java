package org.citizenservices.host.modules;

import org.citizenservices.host.modules.UpgradeDecision.Kind;
import org.citizenservices.host.modules.UpgradeDecision.ModuleJar;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Keeps one version of each module running when the deploy folder holds jars of it under different names — a
 * practice drops {@code notes-1.1.0.jar} while {@code notes-1.0.0.jar} is still there. FileInstall installs each
 * file as a bundle of its own, so without this the two would fight over one capability id and one schema.
 *
 * <p>The higher {@code Bundle-Version} wins ({@link UpgradeDecision}); the other jar is <em>retired</em>:
 * <ol>
 *   <li>its bundle is stopped, on this thread, before the newer one can start — its pages, routes and persistence
 *       unit go exactly as on an ordinary stop, and users on its pages are moved to the home page;</li>
 *   <li>it is parked above the framework's start level, so FileInstall, which starts every bundle it has just
 *       installed, cannot start it — a refused older version never runs a line of code or touches its schema;</li>
 *   <li>its jar is moved to {@code deploy/retired/}. Moving, rather than leaving it stopped in place, keeps the
 *       folder saying what runs: after a restart nothing has to be decided again, and deleting the newer jar
 *       later removes the module instead of bringing the old version back against a schema it does not know.
 *       The jar is kept, not deleted, because it is the practice's file. FileInstall sees it gone and uninstalls
 *       the bundle.</li>
 * </ol>
 * An older version dropped while a newer one runs is reported {@link ModuleState#REFUSED} in {@code /health}; two
 * versions found together at a start are an upgrade made while the node was stopped, and only logged. If a jar
 * cannot be moved (a read-only deploy folder) its bundle stays parked and {@code /health} says so; the next start
 * decides again from the versions, with the same outcome.
 *
 * <p>Runs as a synchronous listener on {@code INSTALLED}, i.e. on FileInstall's thread between installing the new
 * bundle and starting it. At a host start FileInstall installs every jar before it starts any, so two versions left
 * in the folder are settled before either runs. In a cluster every node does the same with the shared folder; the
 * first to move a jar wins and the others find it already gone.
 */
public final class ModuleUpgrades {

    /** The sub-folder of the deploy folder retired jars are moved to; FileInstall does not look into it. */
    public static final String RETIRED_FOLDER = "retired";

    private static final Logger LOG = LoggerFactory.getLogger(ModuleUpgrades.class);
    /** The framework runs at start level 1, so a bundle at 2 is never started by anyone. */
    private static final int PARKED = 2;

    private final Path deployDir;
    private final ModuleRegistry modules;
    private volatile Path deployDirReal;
    private volatile BundleContext context;

    public ModuleUpgrades(Path deployDir, ModuleRegistry modules) {
        this.deployDir = deployDir.toAbsolutePath().normalize();
        this.deployDirReal = this.deployDir;
        this.modules = modules;
    }

    /** Starts watching installations; before FileInstall starts, so no jar in the folder is missed. */
    public void attach(BundleContext context) {
        try {
            // FileInstall names bundles by the folder's canonical path, which differs where a link leads to it
            deployDirReal = deployDir.toRealPath();
        } catch (IOException notYetThere) {
            deployDirReal = deployDir;
        }
        this.context = context;
        context.addBundleListener((SynchronousBundleListener) this::bundleChanged);
    }

    private void bundleChanged(BundleEvent event) {
        if (event.getType() != BundleEvent.INSTALLED) {
            return;
        }
        Bundle arriving = event.getBundle();
        Optional<ModuleJar> arrivingJar = moduleJar(arriving);
        if (arrivingJar.isEmpty()) {
            return;
        }
        modules.forgetRefusal(arrivingJar.get().jarName());
        for (Bundle installed : context.getBundles()) {
            if (installed.getBundleId() == arriving.getBundleId() || installed.getState() == Bundle.UNINSTALLED
                    || modules.isRetired(installed)) {
                continue;
            }
            Optional<ModuleJar> installedJar = moduleJar(installed)
                    .filter(jar -> jar.symbolicName().equals(arrivingJar.get().symbolicName()));
            if (installedJar.isPresent()) {
                UpgradeDecision decision = UpgradeDecision.between(installedJar.get(), arrivingJar.get());
                if (decision.kind() == Kind.UPGRADE) {
                    retire(installed, decision, false);
                } else {
                    // only an older jar arriving while the newer one runs is a downgrade someone asked for; at a
                    // start, with both jars left in the folder, which of them FileInstall installs first is chance
                    retire(arriving, decision, installed.getState() == Bundle.ACTIVE);
                    return;
                }
            }
        }
    }

    private void retire(Bundle bundle, UpgradeDecision decision, boolean downgradeRefused) {
        ModuleJar jar = decision.retire();
        modules.retired(bundle);
        try {
            if (bundle.getState() == Bundle.ACTIVE || bundle.getState() == Bundle.STARTING) {
                // persistent, so FileInstall does not start it again on its next pass
                bundle.stop();
            }
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("{} did not stop cleanly before being retired: {}", jar.jarName(), e.getMessage(), e);
        }
        bundle.adapt(BundleStartLevel.class).setStartLevel(PARKED);
        Optional<String> notMoved = moveToRetired(jar.jarName());
        String where = notMoved.isEmpty() ? "moved to " + deployDir.resolve(RETIRED_FOLDER)
                : "could not be moved to " + RETIRED_FOLDER + "/ (" + notMoved.get() + "): remove it from the deploy "
                        + "folder";
        if (downgradeRefused) {
            LOG.warn("{} ({} {}) {}; {}", jar.jarName(), jar.symbolicName(), jar.version(), decision.reason(), where);
            modules.refused(bundle, jar.jarName(), decision.reason() + "; " + where);
            return;
        }
        LOG.info("Module {} upgraded from {} to {}: {} {}", jar.symbolicName(), jar.version(),
                decision.keep().version(), jar.jarName(), where);
        notMoved.ifPresent(reason -> modules.refused(bundle, jar.jarName(), "not started: version "
                + decision.keep().version() + " (" + decision.keep().jarName() + ") replaces it; " + where));
    }

    /** Empty when moved (or already moved by another node), otherwise why not. */
    private Optional<String> moveToRetired(String jarName) {
        Path jar = deployDir.resolve(jarName);
        try {
            Path retired = Files.createDirectories(deployDir.resolve(RETIRED_FOLDER));
            try {
                Files.move(jar, retired.resolve(jarName), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(jar, retired.resolve(jarName), StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.empty();
        } catch (NoSuchFileException alreadyMoved) {
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The bundle as a module jar of the deploy folder; empty for anything else (FileInstall, a test's bundle). */
    private Optional<ModuleJar> moduleJar(Bundle bundle) {
        String symbolicName = bundle.getSymbolicName();
        if (symbolicName == null) {
            return Optional.empty();
        }
        return jarInDeployFolder(bundle.getLocation())
                .map(jar -> new ModuleJar(symbolicName, bundle.getVersion(), jar.getFileName().toString()));
    }

    private Optional<Path> jarInDeployFolder(String location) {
        try {
            Path path = Path.of(URI.create(location)).toAbsolutePath().normalize();
            Path folder = path.getParent();
            return deployDir.equals(folder) || deployDirReal.equals(folder) ? Optional.of(path) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAFile) {
            return Optional.empty();
        }
    }
}
