package org.citizenservices.appointments.internal;

import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.HttpMethod;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.testkit.bundle.CapabilityBundleTest;
import org.citizenservices.testkit.bundle.ExpectedCapability;
import org.citizenservices.testkit.bundle.RunningCapability;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/**
 * The built appointments bundle in a real Felix framework that exports what the host exports: it resolves, registers
 * its capability, answers its routes as the access rule allows, publishes {@code PatientAppointments} exactly while it
 * runs and leaves no service behind. Runs inside the framework (Pax Exam, JUnit 4): the module only through the SPI.
 */
@RunWith(PaxExam.class)
public class AppointmentsBundleIT extends CapabilityBundleTest {

    private static final ExpectedCapability APPOINTMENTS =
            ExpectedCapability.of("appointments", "APPOINTMENTS", "Appointments")
                    .views("appointments", "practice/appointment-book", "practice/appointment-sessions")
                    .migrations("V1__slot.sql", "V2__appointment_book.sql", "V3__imported_book.sql")
                    .routes("GET appointment-slots", "GET appointment-slots/meta", "POST appointments",
                            "GET appointments", "DELETE appointments/{appointmentId}")
                    .publishing("org.citizenservices.appointments.PatientAppointments");

    @Test
    public void isTheCapabilityItDeclares_resolvedAgainstTheHostsPackages() {
        installed().assertIs(APPOINTMENTS);
    }

    @Test
    public void answersItsRoutes_forWhomTheAccessRuleAllows() {
        TestServiceAccess access = new TestServiceAccess();
        try (RunningCapability running = installed().start(access)) {
            access.newPatient(true);

            assertEquals(0, running.get("appointments").path("appointments").size());
            assertEquals(0, running.get("appointment-slots").path("slots").size());
            ApiProblem noSlot = assertThrows(ApiProblem.class,
                    () -> running.call(HttpMethod.POST, "appointments", "{\"reason\":\"Knee pain\"}"));
            assertEquals(400, noSlot.status());

            access.available(false);
            assertThrows(ServiceNotAvailableException.class, () -> running.get("appointments"));
        }
    }

    @Test
    public void leavesNoServiceBehind_whenStoppedOrUninstalled() {
        installed().assertLeavesNoServiceBehind();
    }
}
