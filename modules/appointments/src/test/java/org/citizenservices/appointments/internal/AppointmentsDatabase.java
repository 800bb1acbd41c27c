package org.citizenservices.appointments.internal;

import org.citizenservices.appointments.internal.wiring.AppointmentsCapability;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;

/** The appointment book's tables on a fresh Derby database, and the book over them, for this module's tests. */
public final class AppointmentsDatabase {

    private AppointmentsDatabase() {
    }

    /** Register it as a test class's {@code @RegisterExtension}: opened once for the class. */
    public static TestUnit<ModulePersistence.OpenUnit> unit() {
        return TestUnit.of(Database::open, database -> new ModulePersistence(database)
                .openOnClassPath("appointments", new AppointmentsCapability().entityClasses(), "db/migration"));
    }

    static AppointmentBook book(TestUnit<ModulePersistence.OpenUnit> unit, TestServiceAccess access) {
        return new AppointmentBook(unit.get().entityManagerFactory(), access, TestClock.FIXED);
    }
}
