package org.citizenservices.host.osgi;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Framework properties that configure Felix FileInstall to watch the deploy folder. FileInstall reads them through
 * {@code BundleContext.getProperty}, so they are simply part of the framework configuration.
 */
public final class FileInstallSettings {

    private FileInstallSettings() {
    }

    public static Map<String, String> forDeployFolder(Path deployDir, Path tmpDir, long pollMillis) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("felix.fileinstall.dir", deployDir.toAbsolutePath().toString());
        settings.put("felix.fileinstall.filter", ".*\\.jar");
        settings.put("felix.fileinstall.poll", Long.toString(pollMillis));
        // look at the folder at once at start, instead of after the first poll interval
        settings.put("felix.fileinstall.noInitialDelay", "true");
        settings.put("felix.fileinstall.bundles.new.start", "true");
        // refresh only the bundles that changed, so removing one module never restarts another
        settings.put("felix.fileinstall.bundles.updateWithListeners", "false");
        // sub-folders are not modules: deploy/retired/ keeps jars an upgrade replaced (ModuleUpgrades), and FileInstall's
        // default would install each sub-folder as an exploded bundle
        settings.put("felix.fileinstall.subdir.mode", "skip");
        settings.put("felix.fileinstall.tmpdir", tmpDir.toAbsolutePath().toString());
        settings.put("felix.fileinstall.log.default", "jul");
        settings.put("felix.fileinstall.log.level", "2");
        return settings;
    }
}
