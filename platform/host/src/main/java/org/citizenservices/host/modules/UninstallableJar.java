package org.citizenservices.host.modules;

import org.osgi.framework.Version;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Says, in words an operator can act on, why a jar in the deploy folder could not be installed as a bundle. */
final class UninstallableJar {

    private UninstallableJar() {
    }

    static String reason(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return "not an OSGi bundle: the jar has no manifest";
            }
            Attributes main = manifest.getMainAttributes();
            if (main.getValue("Bundle-SymbolicName") == null) {
                return "not an OSGi bundle: its manifest has no Bundle-SymbolicName";
            }
            String version = main.getValue("Bundle-Version");
            if (version != null) {
                try {
                    Version.parseVersion(version.trim());
                } catch (IllegalArgumentException e) {
                    return "invalid manifest: Bundle-Version '" + version + "' is not a version";
                }
            }
            return "the framework refused to install it (see the FileInstall log line)";
        } catch (IOException e) {
            return "not a readable jar: " + e.getMessage();
        }
    }
}
