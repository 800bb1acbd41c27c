package org.citizenservices.record.internal;

import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.record.internal.wiring.RecordCapability;
import org.citizenservices.spi.testing.TestUnit;

/** The record's tables on a fresh Derby database, for this module's tests. */
final class RecordDatabase {

    private RecordDatabase() {
    }

    /** Register it as a test class's {@code @RegisterExtension}: opened once for the class. */
    static TestUnit<ModulePersistence.OpenUnit> unit() {
        return TestUnit.of(Database::open, database -> new ModulePersistence(database)
                .openOnClassPath("record", new RecordCapability().entityClasses(), "db/migration"));
    }
}
