package org.citizenservices.appointments.internal.wiring;

import org.citizenservices.appointments.PatientAppointments;
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

/** {@link PatientAppointments} is a service exactly while the host runs the capability (the SPI's shared check). */
class PublishedApiTest {

    static final PublishedApiCheck<PatientAppointments> CHECK = new PublishedApiCheck<>(PatientAppointments.class,
            AppointmentsActivator::new, PublishedApiTest::context, PatientAppointments::upcoming);

    @TempDir
    static Path dir;
    static Database database;
    static ModulePersistence.OpenUnit unit;

    @BeforeAll
    static void open() {
        database = Database.open(dir.resolve("derby"));
        unit = new ModulePersistence(database).openOnClassPath("appointments",
                new AppointmentsCapability().entityClasses(), "db/migration");
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
        return new TestCapabilityContext(unit.entityManagerFactory(), new TestServiceAccess());
    }
}
