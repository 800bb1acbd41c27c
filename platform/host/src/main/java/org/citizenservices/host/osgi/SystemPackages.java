package org.citizenservices.host.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Computes {@code org.osgi.framework.system.packages.extra}: the packages of the host's class path that the system
 * bundle exports to capability bundles.
 *
 * <p>Versions matter: bnd writes import ranges such as {@code com.vaadin.flow.component;version="[24.9,25)"} into
 * every bundle, which an unversioned export would not satisfy. So the packages are taken, with their versions, from
 * the {@code Export-Package} headers the class-path jars already carry (Vaadin, Jakarta, Jetty and the SPI all do).
 * The framework's own packages ({@code org.osgi.*}) and Felix's are left to the framework.
 */
public final class SystemPackages {

    private SystemPackages() {
    }

    /** The header value for the current JVM class path. */
    public static String fromClassPath() {
        return toHeader(collect(classPath()));
    }

    /**
     * The header value for some of the current JVM class path, as a test that starts its own framework needs it: the
     * host's packages without the bundle under test and the test tools that the framework brings as bundles.
     */
    public static String fromClassPath(Predicate<Path> entries, Predicate<String> packages) {
        Map<String, String> exported = collect(classPath().stream().filter(entries).toList());
        exported.keySet().removeIf(packages.negate());
        return toHeader(exported);
    }

    private static List<Path> classPath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }

    /** Package name → version, from the manifests of the given jars and class directories. */
    static Map<String, String> collect(Collection<Path> classPath) {
        Map<String, String> packages = new TreeMap<>();
        for (Path entry : classPath) {
            String exports = exportPackageOf(entry);
            if (exports != null) {
                for (ExportedPackage exported : parse(exports)) {
                    if (!isFrameworkPackage(exported.name())) {
                        // the first jar on the class path wins, as it does for class loading
                        packages.putIfAbsent(exported.name(), exported.version());
                    }
                }
            }
        }
        return packages;
    }

    static String toHeader(Map<String, String> packages) {
        StringBuilder header = new StringBuilder();
        packages.forEach((name, version) -> {
            if (header.length() > 0) {
                header.append(',');
            }
            header.append(name);
            if (version != null) {
                header.append(";version=\"").append(version).append('"');
            }
        });
        return header.toString();
    }

    /** One package of an {@code Export-Package} header. */
    record ExportedPackage(String name, String version) {
    }

    /**
     * Parses an OSGi {@code Export-Package} header: clauses separated by commas, each a list of package names
     * followed by {@code attribute=value} and {@code directive:=value} parameters; values may be quoted and contain
     * commas (e.g. {@code uses:="a,b"}).
     */
    static List<ExportedPackage> parse(String header) {
        List<ExportedPackage> result = new ArrayList<>();
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            String version = null;
            for (String part : split(clause, ';')) {
                String p = part.trim();
                int directive = p.indexOf(":=");
                int equals = p.indexOf('=');
                if (directive >= 0 && directive < equals) {
                    continue;
                }
                if (equals < 0) {
                    if (!p.isEmpty()) {
                        names.add(p);
                    }
                } else if (p.substring(0, equals).trim().equals("version")) {
                    version = unquote(p.substring(equals + 1).trim());
                }
            }
            for (String name : names) {
                result.add(new ExportedPackage(name, version));
            }
        }
        return result;
    }

    private static List<String> split(String value, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : value.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static boolean isFrameworkPackage(String name) {
        return name.startsWith("org.osgi.") || name.startsWith("org.apache.felix.") || name.startsWith("java.");
    }

    private static String exportPackageOf(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                Path manifest = entry.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(manifest)) {
                    return null;
                }
                try (InputStream in = Files.newInputStream(manifest)) {
                    return new Manifest(in).getMainAttributes().getValue("Export-Package");
                }
            }
            if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    Manifest manifest = jar.getManifest();
                    return manifest == null ? null : manifest.getMainAttributes().getValue("Export-Package");
                }
            }
            return null;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the manifest of class-path entry " + entry, e);
        }
    }
}
