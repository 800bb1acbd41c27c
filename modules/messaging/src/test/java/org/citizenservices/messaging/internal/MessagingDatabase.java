package org.citizenservices.messaging.internal;

import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.messaging.internal.wiring.MessagingCapability;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;

import java.util.List;
import java.util.Optional;

/** The messaging tables on a fresh Derby database, and the messaging service over them, for this module's tests. */
public final class MessagingDatabase {

    private MessagingDatabase() {
    }

    /** Register it as a test class's {@code @RegisterExtension}: opened once for the class. */
    public static TestUnit<ModulePersistence.OpenUnit> unit() {
        return TestUnit.of(Database::open, database -> new ModulePersistence(database)
                .openOnClassPath("messaging", new MessagingCapability().entityClasses(), "db/migration"));
    }

    /** The service with the real upload check; each notification it sends is added to {@code sent}. */
    static PracticeMessages messages(TestUnit<ModulePersistence.OpenUnit> unit, TestServiceAccess access,
                                     List<String> sent) {
        return new PracticeMessages(unit.get().entityManagerFactory(), access, TestClock.FIXED,
                (accountId, text) -> {
                    sent.add(accountId + ": " + text);
                    return Optional.of("TEST");
                }, new TikaUploadPolicy(UploadLimits.defaults()));
    }
}
