package org.citizenservices.host;

import org.citizenservices.core.Core;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.host.persistence.HostSchema;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A real core on an embedded Derby database with the host's own tables, for one test class: registered as a static
 * {@code @RegisterExtension} field, opened before the class's tests and closed after them. The hasher is cheap, since
 * no test here is about hashing.
 */
public final class CoreOnDerby implements BeforeAllCallback, AfterAllCallback {

    private Path dir;
    private Database database;
    private Core core;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("core-on-derby-");
        database = Database.open(dir.resolve("derby"));
        ModulePersistence persistence = new ModulePersistence(database);
        HostSchema.migrate(persistence);
        core = Core.open(persistence, Clock.systemUTC(), new SecretHasher(1024, 1, 1), Set::of);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        core.close();
        database.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    public Core core() {
        return core;
    }
}
