package org.citizenservices.example.internal;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The built bundle in a real Felix framework, as the host's system bundle would meet it: it resolves against the
 * host's packages alone, registers its capability, answers its routes as the access rule allows and leaves no
 * service behind. Runs on JUnit 4 inside the framework (Pax Exam); touch the module only through the SPI.
 */
@RunWith(PaxExam.class)
public class RequestsBundleIT extends CapabilityBundleTest {

    private static final ExpectedCapability CAPABILITY =
            ExpectedCapability.of("travel-health", "TRAVEL_HEALTH", "Travel health")
                    .views("travel-health", "practice/travel-health")
                    .migrations("V1__citizen_request.sql")
                    .routes("GET travel-health-requests", "POST travel-health-requests");

    @Test
    public void isTheCapabilityItDeclares_resolvedAgainstTheHostsPackages() {
        installed().assertIs(CAPABILITY);
    }

    @Test
    public void answersItsRoutes_forWhomTheAccessRuleAllows() {
        TestServiceAccess access = new TestServiceAccess();
        try (RunningCapability running = installed().start(access)) {
            access.newPatient(false);

            JsonNode sent = running.call(HttpMethod.POST, "travel-health-requests",
                    "{\"details\":\"Do I need a yellow fever jab?\"}");
            assertEquals("RECEIVED", sent.path("status").asText());
            JsonNode mine = running.get("travel-health-requests").path("requests");
            assertEquals(1, mine.size());
            assertEquals("Do I need a yellow fever jab?", mine.get(0).path("details").asText());
            // the host's own reading of the body: the request record's @Size bound, before the service stores anything
            ApiProblem tooLong = assertThrows(ApiProblem.class, () -> running.call(HttpMethod.POST,
                    "travel-health-requests", "{\"details\":\"" + "x".repeat(1001) + "\"}"));
            assertEquals(400, tooLong.status());
            assertEquals(1, running.get("travel-health-requests").path("requests").size());

            access.available(false);
            assertThrows(ServiceNotAvailableException.class, () -> running.get("travel-health-requests"));
        }
    }

    @Test
    public void leavesNoServiceBehind_whenStoppedOrUninstalled() {
        installed().assertLeavesNoServiceBehind();
    }
}
