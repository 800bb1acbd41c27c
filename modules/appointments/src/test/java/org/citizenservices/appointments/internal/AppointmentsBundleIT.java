package org.citizenservices.appointments.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.FhirResource;
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
import static org.junit.Assert.assertTrue;

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
                    .migrations("V1__slot.sql", "V2__appointment_book.sql", "V3__imported_book.sql",
                            "V4__earlier_slot_waiting_list.sql")
                    .routes("GET appointment-slots", "GET appointment-slots/meta", "POST appointments",
                            "GET appointments", "DELETE appointments/{appointmentId}",
                            "POST appointments/{appointmentId}/reschedule",
                            "GET appointments/{appointmentId}/calendar.ics", "GET earlier-slot-requests",
                            "POST appointments/{appointmentId}/earlier-slot",
                            "DELETE appointments/{appointmentId}/earlier-slot",
                            "POST appointments/{appointmentId}/earlier-slot/accept",
                            "DELETE appointments/{appointmentId}/earlier-slot/offer")
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

    /** ical4j lives inside the bundle: a booked slot's calendar file is written through the bundle's class loader. */
    @Test
    public void writesAnAppointmentsCalendarFile_insideTheFramework() {
        TestServiceAccess access = new TestServiceAccess();
        try (RunningCapability running = installed().start(access)) {
            String day = java.time.LocalDate.now().plusDays(3).toString();
            installed().capability().imports().get(0).store(TestServiceAccess.PRACTICE, null, java.util.List.of(
                    new FhirResource(0, "Practitioner", "https://fhir.nhs.uk/Id/sds-user-id|111222333444", false,
                            java.util.Map.of("resourceType", "Practitioner", "id", "nadia",
                                    "name", java.util.List.of(java.util.Map.of("text", "Dr Nadia Rahman")))),
                    new FhirResource(1, "Schedule", "Schedule/s", false, java.util.Map.of("resourceType", "Schedule",
                            "id", "s", "serviceType", java.util.List.of(java.util.Map.of("text", "Routine")),
                            "actor", java.util.List.of(java.util.Map.of("reference", "Practitioner/nadia")))),
                    new FhirResource(2, "Slot", "Slot/a", false, java.util.Map.of("resourceType", "Slot", "id", "a",
                            "schedule", java.util.Map.of("reference", "Schedule/s"), "status", "free",
                            "start", day + "T09:00:00Z", "end", day + "T09:10:00Z"))));
            access.newPatient(true);
            String slotId = running.get("appointment-slots").path("slots").get(0).path("slotId").asText();
            String appointmentId = running.call(HttpMethod.POST, "appointments", "{\"slotId\":\"" + slotId + "\"}")
                    .path("appointmentId").asText();

            JsonNode file = running.get("appointments/{appointmentId}/calendar.ics", "appointmentId", appointmentId);
            assertEquals("text/calendar", file.path("contentType").asText());
            String ics = new String(java.util.Base64.getDecoder().decode(file.path("content").asText()),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(ics, ics.startsWith("BEGIN:VCALENDAR") && ics.contains("DTSTART:" + day.replace("-", "")
                    + "T090000Z"));
        }
    }

    @Test
    public void leavesNoServiceBehind_whenStoppedOrUninstalled() {
        installed().assertLeavesNoServiceBehind();
    }
}
