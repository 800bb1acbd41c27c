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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Gives Flyway the SQL migrations inside a bundle, {@code db/migration/*.sql}. Flyway's own class-path scanning does
 * not understand bundle URLs when Flyway itself is not a bundle, so the bundle's entries are listed directly.
 */
final class BundleMigrations implements ResourceProvider {

    static final String FOLDER = "db/migration";

    private final Bundle bundle;

    BundleMigrations(Bundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public LoadableResource getResource(String name) {
        URL entry = bundle.getEntry(FOLDER + "/" + name);
        return entry == null ? null : new Entry(entry, name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*", false);
        if (entries == null) {
            return List.of();
        }
        List<LoadableResource> found = new ArrayList<>();
        for (URL url : Collections.list(entries)) {
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
