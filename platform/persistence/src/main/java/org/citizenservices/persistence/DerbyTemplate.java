package org.citizenservices.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The installation's migrated, empty database: built with the distribution (the host's {@code DatabaseTemplate}),
 * copied into a data folder that has no database yet, so a first start does not pay for Derby creating its catalogue
 * and every schema running its migrations from the first one (about five seconds of a first start on two cores).
 * It holds schemas and their migration histories only, no rows, so nothing in it belongs to one installation; a
 * schema it lacks or holds at an older version is migrated at start as before.
 */
final class DerbyTemplate {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyTemplate.class);
    static final String MARKER = "service.properties";

    private DerbyTemplate() {
    }

    /**
     * Copies {@code template} to {@code database} when there is no database there yet; whether it did. A copy cut
     * short (a crash, a full disk) never looks like a database: it is made beside it and moved into place whole.
     */
    static boolean copyIfFresh(Path template, Path database) {
        if (template == null || Files.exists(database)) {
            return false;
        }
        if (!Files.isRegularFile(template.resolve(MARKER))) {
            LOG.warn("No database template at {} (no {}): creating the database and migrating every schema",
                    template, MARKER);
            return false;
        }
        Path partial = database.resolveSibling(database.getFileName() + ".from-template");
        try {
            deleteTree(partial);
            copyTree(template, partial);
            Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the database template " + template + " to " + database, e);
        }
        LOG.info("Database created from the installation's template {}", template);
        return true;
    }

    /**
     * Builds a template at {@code target} (replaced): a new database in a folder of its own, {@code migrate} run on
     * it, shut down cleanly, then moved into place without the engine's lock files or temporary folder.
     */
    static void build(Path target, Consumer<ModulePersistence> migrate) {
        try {
            Path derbyHome = Files.createTempDirectory("citizen-services-template");
            try {
                DerbyDatabase database = DerbyDatabase.boot(derbyHome);
                try (database) {
                    migrate.accept(new ModulePersistence(database));
                }
                Path built = database.location();
                try (Stream<Path> files = Files.list(built)) {
                    for (Path lock : files.filter(path -> path.toString().endsWith(".lck")).toList()) {
                        Files.delete(lock);
                    }
                }
                deleteTree(built.resolve("tmp"));
                deleteTree(target);
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.move(built, target);
            } finally {
                deleteTree(derbyHome);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the database template at " + target, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            // plain copies, not the template's attributes: an installation owned by root is read-only to the node
            Path target = to.resolve(from.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(target);
            } else {
                Files.copy(path, target);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
