package org.citizenservices.host.osgi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class SystemPackagesTest {

    @Test
    void givenQuotedDirectivesWithCommas_whenParsed_thenOnlyPackagesAndVersionsRemain() {
        String header = "com.vaadin.flow.component;version=\"24.9.15\";uses:=\"com.vaadin.flow.dom,"
                + "com.vaadin.flow.shared\",com.vaadin.flow.dom;com.vaadin.flow.dom.impl;version=24.9.15,"
                + "jakarta.persistence;version=\"3.1.0\";uses:=\"jakarta.persistence.spi\",org.unversioned";

        assertThat(SystemPackages.parse(header)).containsExactly(
                new SystemPackages.ExportedPackage("com.vaadin.flow.component", "24.9.15"),
                new SystemPackages.ExportedPackage("com.vaadin.flow.dom", "24.9.15"),
                new SystemPackages.ExportedPackage("com.vaadin.flow.dom.impl", "24.9.15"),
                new SystemPackages.ExportedPackage("jakarta.persistence", "3.1.0"),
                new SystemPackages.ExportedPackage("org.unversioned", null));
    }

    @Test
    void givenJarsAndClassDirectories_whenCollected_thenVersionedExportsWithoutFrameworkPackages(@TempDir Path dir)
            throws IOException {
        Path jar = jarWithExports(dir.resolve("a.jar"), "org.example.a;version=\"1.2.0\",org.osgi.framework;version=1.10");
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("META-INF"));
        try (OutputStream out = Files.newOutputStream(classes.resolve("META-INF/MANIFEST.MF"))) {
            manifest("org.example.b;version=\"2.0.0\",org.example.a;version=\"9.9.9\"").write(out);
        }
        Path plainJar = jarWithExports(dir.resolve("plain.jar"), null);

        Map<String, String> packages = SystemPackages.collect(List.of(jar, classes, plainJar, dir.resolve("missing")));

        // the first entry of the class path wins, as it does for class loading; org.osgi.* is the framework's
        assertThat(packages).containsExactly(Map.entry("org.example.a", "1.2.0"), Map.entry("org.example.b", "2.0.0"));
        assertThat(SystemPackages.toHeader(packages))
                .isEqualTo("org.example.a;version=\"1.2.0\",org.example.b;version=\"2.0.0\"");
    }

    @Test
    void givenTheRealClassPath_whenComputed_thenVaadinJakartaAndTheSpiAreExportedWithVersions() {
        String header = SystemPackages.fromClassPath();

        assertThat(header).contains("org.citizenservices.spi;version=\"1.8.0\"")
                .containsPattern("com\\.vaadin\\.flow\\.component;version=\"24\\.9\\.[0-9]+\"")
                .containsPattern("jakarta\\.persistence;version=\"3\\.1\\.[0-9]+\"")
                .doesNotContain("org.osgi.framework;");
    }

    private static Path jarWithExports(Path path, String exports) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(path), manifest(exports))) {
            out.flush();
        }
        return path;
    }

    private static Manifest manifest(String exports) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (exports != null) {
            manifest.getMainAttributes().putValue("Export-Package", exports);
        }
        return manifest;
    }
}
