package org.citizenservices.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds broken bundles at test time: each is a real jar with an OSGi manifest and, where it needs one, an activator
 * class copied from the test classes (the bundle loads it from its own jar, not from the test's class path).
 */
public final class TestBundles {

    private TestBundles() {
    }

    /** A bundle whose activator throws on start. */
    public static Path throwingActivator(Path dir) throws IOException {
        return bundle(dir.resolve("throwing-activator.jar"), "it.throwing.activator",
                "org.citizenservices.it.bundles.ThrowingActivator", "org.osgi.framework");
    }

    /** A bundle that imports a package nobody exports. */
    public static Path missingImport(Path dir) throws IOException {
        return bundle(dir.resolve("missing-import.jar"), "it.missing.import", null, "org.example.nowhere;version=\"[1,2)\"");
    }

    /** A capability bundle whose capability fails in start. */
    public static Path failingCapability(Path dir) throws IOException {
        return bundle(dir.resolve("failing-capability.jar"), "it.failing.capability",
                "org.citizenservices.it.bundles.FailingCapabilityActivator",
                "org.osgi.framework,org.citizenservices.spi;version=\"[1.0,2)\"");
    }

    /** A capability whose view has no factory (Vaadin creates it) and fails when its button is clicked. */
    public static Path explodingView(Path dir) throws IOException {
        return bundle(dir.resolve("exploding-view.jar"), "it.exploding.view",
                "org.citizenservices.it.bundles.ExplodingCapabilityActivator",
                "org.osgi.framework,org.citizenservices.spi;version=\"[1.0,2)\","
                        + "com.vaadin.flow.component;version=\"[24.9,25)\","
                        + "com.vaadin.flow.component.button;version=\"[24.9,25)\","
                        + "com.vaadin.flow.component.html;version=\"[24.9,25)\"",
                "org.citizenservices.it.bundles.ExplodingView");
    }

    /** An R4 manifest without the mandatory symbolic name: the framework refuses to install it. */
    public static Path badManifest(Path dir) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-Version", "not.a.version!");
        Path jar = dir.resolve("bad-manifest.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        return jar;
    }

    private static Path bundle(Path jar, String symbolicName, String activator, String imports,
                               String... otherClasses) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Name", symbolicName);
        main.putValue("Import-Package", imports);
        if (activator != null) {
            main.putValue("Bundle-Activator", activator);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            if (activator != null) {
                copyClassesOf(activator, out);
            }
            for (String other : otherClasses) {
                copyClassesOf(other, out);
            }
        }
        return jar;
    }

    private static void copyClassesOf(String className, JarOutputStream out) throws IOException {
        String base = className.replace('.', '/');
        Path folder = Path.of(classesRoot()).resolve(base).getParent();
        String simple = base.substring(base.lastIndexOf('/') + 1);
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                // the class and its inner/anonymous classes
                if (name.equals(simple + ".class") || name.startsWith(simple + "$")) {
                    out.putNextEntry(new JarEntry(base.substring(0, base.lastIndexOf('/') + 1) + name));
                    try (InputStream in = Files.newInputStream(file)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
    }

    private static String classesRoot() {
        try {
            return Path.of(TestBundles.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
