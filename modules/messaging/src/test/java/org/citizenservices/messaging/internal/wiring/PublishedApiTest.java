package org.citizenservices.messaging.internal.wiring;

import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.messaging.PracticeConversations;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.testing.PublishedApiCheck;
import org.citizenservices.spi.testing.TestCapabilityContext;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** {@link PracticeConversations} is a service exactly while the host runs the capability (the SPI's shared check). */
class PublishedApiTest {

    static final PublishedApiCheck<PracticeConversations> CHECK = new PublishedApiCheck<>(PracticeConversations.class,
            MessagingActivator::new, PublishedApiTest::context, api -> api.start("Hi", "Hello"));

    @TempDir
    static Path dir;
    static Database database;
    static ModulePersistence.OpenUnit unit;

    @BeforeAll
    static void open() {
        database = Database.open(dir.resolve("derby"));
        unit = new ModulePersistence(database).openOnClassPath("messaging", new MessagingCapability().entityClasses(),
                "db/migration");
    }

    @AfterAll
    static void close() {
        unit.close();
        database.close();
    }

    @Test
    void theApiIsPublishedWhileTheCapabilityRuns() throws Exception {
        CHECK.publishedWhileTheCapabilityRuns();
    }

    @Test
    void theBundleStopping_withdrawsTheApiBeforeTheHostStopsTheCapability() throws Exception {
        CHECK.withdrawnWhenTheBundleStopsFirst();
    }

    private static CapabilityContext context() {
        return new TestCapabilityContext(unit.entityManagerFactory(), new TestServiceAccess(),
                new TikaUploadPolicy(UploadLimits.defaults()));
    }
}
