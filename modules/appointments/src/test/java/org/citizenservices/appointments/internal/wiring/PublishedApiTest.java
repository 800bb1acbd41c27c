package org.citizenservices.appointments.internal.wiring;

import org.citizenservices.appointments.PatientAppointments;
import org.citizenservices.appointments.internal.AppointmentsDatabase;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.testing.PublishedApiCheck;
import org.citizenservices.spi.testing.TestCapabilityContext;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link PatientAppointments} is a service exactly while the host runs the capability (the SPI's shared check). */
class PublishedApiTest {

    static final PublishedApiCheck<PatientAppointments> CHECK = new PublishedApiCheck<>(PatientAppointments.class,
            AppointmentsActivator::new, PublishedApiTest::context, PatientAppointments::upcoming);

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = AppointmentsDatabase.unit();

    @Test
    void theApiIsPublishedWhileTheCapabilityRuns() throws Exception {
        CHECK.publishedWhileTheCapabilityRuns();
    }

    @Test
    void theBundleStopping_withdrawsTheApiBeforeTheHostStopsTheCapability() throws Exception {
        CHECK.withdrawnWhenTheBundleStopsFirst();
    }

    private static CapabilityContext context() {
        return new TestCapabilityContext(unit.get().entityManagerFactory(), new TestServiceAccess());
    }
}
