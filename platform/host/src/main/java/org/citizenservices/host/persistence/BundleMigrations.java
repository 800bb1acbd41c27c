package org.citizenservices.host.persistence;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Gives Flyway the SQL migrations inside a bundle, {@code db/migration/*.sql}. Flyway's own class-path scanning does
 * not understand bundle URLs when Flyway itself is not a bundle, so the bundle's entries are listed directly — from
 * an installed bundle, or from a bundle's jar that is not installed (when the distribution builds its database
 * template).
 */
final class BundleMigrations implements ResourceProvider {

    static final String FOLDER = "db/migration";

    private final Function<String, URL> entry;
    private final Supplier<List<URL>> entries;

    private BundleMigrations(Function<String, URL> entry, Supplier<List<URL>> entries) {
        this.entry = entry;
        this.entries = entries;
    }

    /** The migrations of an installed bundle. */
    static BundleMigrations of(Bundle bundle) {
        return new BundleMigrations(name -> bundle.getEntry(FOLDER + "/" + name), () -> {
            Enumeration<URL> found = bundle.findEntries(FOLDER, "*", false);
            return found == null ? List.of() : Collections.list(found);
        });
    }

    /** The migrations in a bundle's jar, read without installing it. */
    static BundleMigrations inJar(Path jar) {
        List<URL> scripts = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry script : Collections.list(file.entries())) {
                String name = script.getName();
                if (name.startsWith(FOLDER + "/") && name.indexOf('/', FOLDER.length() + 1) < 0 && !script.isDirectory()) {
                    scripts.add(new URL("jar:" + jar.toUri() + "!/" + name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundle " + jar, e);
        }
        return new BundleMigrations(name -> scripts.stream().filter(url -> url.getPath().endsWith("/" + name))
                .findFirst().orElse(null), () -> scripts);
    }

    @Override
    public LoadableResource getResource(String name) {
        URL url = entry.apply(name);
        return url == null ? null : new Entry(url, name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (URL url : entries.get()) {
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            if (name.startsWith(prefix) && endsWithAny(name, suffixes)) {
                found.add(new Entry(url, name));
            }
        }
        return found;
    }

    /** Whether the bundle carries any migration. */
    boolean any() {
        return !getResources("", new String[] {".sql"}).isEmpty();
    }

    private static boolean endsWithAny(String name, String[] suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static final class Entry extends LoadableResource {
        private final URL url;
        private final String name;

        Entry(URL url, String name) {
            this.url = url;
            this.name = name;
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read migration " + url, e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toString();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
