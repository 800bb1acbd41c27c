package org.citizenservices.spi.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A module's database unit on a fresh database in a temporary folder, opened once before a test class's
 * {@code @BeforeAll} methods and closed (with its database, folder and all) after its {@code @AfterAll} ones. Every
 * module's database tests opened and closed theirs by hand the same way. The SPI cannot name the platform's
 * persistence classes, so a test says how to open the two:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestUnit<ModulePersistence.OpenUnit> unit = TestUnit.of(Database::open, database ->
 *         new ModulePersistence(database).openOnClassPath("record", entityClasses, "db/migration"));
 * }</pre>
 *
 * @param <U> the opened unit
 */
public final class TestUnit<U extends AutoCloseable> implements BeforeAllCallback, AfterAllCallback {

    private final Opener<U> opener;
    private Path folder;
    private AutoCloseable database;
    private U unit;

    private TestUnit(Opener<U> opener) {
        this.opener = opener;
    }

    /**
     * @param database opens a database whose files go in the given folder
     * @param unit     opens the module's unit (migrations run) on that database
     */
    public static <D extends AutoCloseable, U extends AutoCloseable> TestUnit<U> of(Function<Path, D> database,
                                                                                  Function<D, U> unit) {
        return new TestUnit<>(test -> {
            D opened = database.apply(test.folder.resolve("derby"));
            test.database = opened;
            return unit.apply(opened);
        });
    }

    /** The open unit; only between the class's first and last callbacks. */
    public U get() {
        if (unit == null) {
            throw new IllegalStateException("the unit opens before the test class's @BeforeAll methods");
        }
        return unit;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("module-unit");
        unit = opener.open(this);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try (AutoCloseable closeDatabase = database; AutoCloseable closeUnit = unit) {
            unit = null;
        }
        delete(folder);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private interface Opener<U extends AutoCloseable> {
        U open(TestUnit<U> test) throws Exception;
    }
}
