package org.citizenservices.appointments.internal.wiring;

import org.citizenservices.appointments.PatientAppointments;
import org.citizenservices.appointments.internal.AppointmentsDatabase;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.testing.PublishedApiCheck;
import org.citizenservices.spi.testing.TestCapabilityContext;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.stream.Stream;

/** {@link PatientAppointments} is a service exactly while the host runs the capability (the SPI's shared check). */
class PublishedApiTest {

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = AppointmentsDatabase.unit();

    @TestFactory
    Stream<DynamicTest> patientAppointmentsArePublishedExactlyWhileTheBookRuns() {
        return new PublishedApiCheck<>(PatientAppointments.class, AppointmentsActivator::new,
                () -> new TestCapabilityContext(unit.get().entityManagerFactory(), new TestServiceAccess()),
                PatientAppointments::upcoming).tests();
    }
}
