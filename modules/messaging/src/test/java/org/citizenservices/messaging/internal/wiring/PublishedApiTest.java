package org.citizenservices.messaging.internal.wiring;

import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.messaging.PracticeConversations;
import org.citizenservices.messaging.internal.MessagingDatabase;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.testing.PublishedApiCheck;
import org.citizenservices.spi.testing.TestCapabilityContext;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.stream.Stream;

/** {@link PracticeConversations} is a service exactly while the host runs the capability (the SPI's shared check). */
class PublishedApiTest {

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = MessagingDatabase.unit();

    @TestFactory
    Stream<DynamicTest> conversationsArePublishedExactlyWhileMessagingRuns() {
        return new PublishedApiCheck<>(PracticeConversations.class, MessagingActivator::new,
                () -> new TestCapabilityContext(unit.get().entityManagerFactory(), new TestServiceAccess(),
                        new TikaUploadPolicy(UploadLimits.defaults())),
                api -> api.start("Hi", "Hello")).tests();
    }
}
