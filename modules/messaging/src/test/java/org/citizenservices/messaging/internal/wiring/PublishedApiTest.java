package org.citizenservices.messaging.internal.wiring;

import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.messaging.PracticeConversations;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.testing.FakeBundle;
import org.citizenservices.spi.testing.TestCapabilityContext;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module's API is an OSGi service exactly while the host runs the capability: none when the bundle has only
 * registered its capability, published on start, withdrawn on stop and when the bundle stops first.
 */
class PublishedApiTest {

    static final String API = PracticeConversations.class.getName();
    static final String CAPABILITY = Capability.class.getName();

    @TempDir
    static Path dir;
    static Database database;
    static ModulePersistence.OpenUnit unit;

    @BeforeAll
    static void open() {
        database = Database.open(dir.resolve("derby"));
        unit = new ModulePersistence(database).openOnClassPath("messaging",
                new MessagingCapability().entityClasses(), "db/migration");
    }

    @AfterAll
    static void close() {
        unit.close();
        database.close();
    }

    @Test
    void theApiIsPublishedWhileTheCapabilityRuns() throws Exception {
        FakeBundle bundle = new FakeBundle();
        new MessagingActivator().start(bundle.context());
        Capability capability = (Capability) bundle.registered.get(CAPABILITY);
        assertThat(bundle.registered).containsOnlyKeys(CAPABILITY);

        capability.start(context());
        assertThat(bundle.registered).containsKeys(CAPABILITY, API);
        PracticeConversations api = (PracticeConversations) bundle.registered.get(API);

        capability.stop();
        assertThat(bundle.registered).containsOnlyKeys(CAPABILITY);
        assertThatThrownBy(() -> api.start("Hi", "Hello")).as("a reference kept after stop").isInstanceOf(IllegalStateException.class);

        capability.start(context());
        assertThat(bundle.registered).as("started again").containsKeys(API);
    }

    @Test
    void theBundleStopping_withdrawsTheApiBeforeTheHostStopsTheCapability() throws Exception {
        FakeBundle bundle = new FakeBundle();
        MessagingActivator activator = new MessagingActivator();
        activator.start(bundle.context());
        Capability capability = (Capability) bundle.registered.get(CAPABILITY);
        capability.start(context());

        activator.stop(bundle.context());
        assertThat(bundle.registered).doesNotContainKey(API);

        capability.stop();
        assertThat(bundle.registered).doesNotContainKey(API);
    }

    private static CapabilityContext context() {
        return new TestCapabilityContext(unit.entityManagerFactory(), new TestServiceAccess(),
                new TikaUploadPolicy(UploadLimits.defaults()));
    }
}
