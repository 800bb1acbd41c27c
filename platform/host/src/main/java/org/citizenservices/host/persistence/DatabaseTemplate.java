package org.citizenservices.host.persistence;

import org.citizenservices.core.Core;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;

import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the installation's database template when the distribution is packaged: an embedded Derby database with the
 * host's, the core's and each shipped module's schema migrated, and no rows. A data folder without a database starts
 * from a copy of it ({@code Database.open} with a template), so a first start skips creating Derby's catalogue and
 * running some thirty migrations. The scripts are the ones the modules' jars carry, read the way the host reads an
 * installed bundle's, so a module started on the copy finds its schema at its own version and migrates nothing.
 *
 * <p>Usage: {@code DatabaseTemplate TARGET [CAPABILITY_ID=BUNDLE_JAR]...}; {@code TARGET} is replaced.
 */
public final class DatabaseTemplate {

    private DatabaseTemplate() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: DatabaseTemplate TARGET [CAPABILITY_ID=BUNDLE_JAR]...");
        }
        build(Path.of(args[0]), List.of(args).subList(1, args.length));
    }

    /** Builds the template at {@code target} with the modules given as {@code CAPABILITY_ID=BUNDLE_JAR}. */
    static void build(Path target, List<String> modules) {
        Database.buildDerbyTemplate(target, persistence -> {
            HostSchema.migrate(persistence);
            persistence.openOnClassPath(Core.ID, List.of());
            modules.forEach(module -> migrate(persistence, module));
        });
    }

    private static void migrate(ModulePersistence persistence, String module) {
        int equals = module.indexOf('=');
        if (equals < 1) {
            throw new IllegalArgumentException("not CAPABILITY_ID=BUNDLE_JAR: " + module);
        }
        Path jar = Path.of(module.substring(equals + 1));
        try {
            // no entity classes: only the migrations run, so the bundle's classes are never loaded
            persistence.open(module.substring(0, equals), DatabaseTemplate.class.getClassLoader(),
                    jar.toUri().toURL(), List.of(), BundleMigrations.inJar(jar));
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a bundle jar: " + jar, e);
        }
    }
}
