package org.citizenservices.messaging.internal.wiring;

import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.messaging.PracticeConversations;
import org.citizenservices.messaging.internal.MessagingDatabase;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.testing.PublishedApiCheck;
import org.citizenservices.spi.testing.TestCapabilityContext;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link PracticeConversations} is a service exactly while the host runs the capability (the SPI's shared check). */
class PublishedApiTest {

    static final PublishedApiCheck<PracticeConversations> CHECK = new PublishedApiCheck<>(PracticeConversations.class,
            MessagingActivator::new, PublishedApiTest::context, api -> api.start("Hi", "Hello"));

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = MessagingDatabase.unit();

    @Test
    void theApiIsPublishedWhileTheCapabilityRuns() throws Exception {
        CHECK.publishedWhileTheCapabilityRuns();
    }

    @Test
    void theBundleStopping_withdrawsTheApiBeforeTheHostStopsTheCapability() throws Exception {
        CHECK.withdrawnWhenTheBundleStopsFirst();
    }

    private static CapabilityContext context() {
        return new TestCapabilityContext(unit.get().entityManagerFactory(), new TestServiceAccess(),
                new TikaUploadPolicy(UploadLimits.defaults()));
    }
}
