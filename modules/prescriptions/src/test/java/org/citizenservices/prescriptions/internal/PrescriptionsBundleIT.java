package org.citizenservices.prescriptions.internal;

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
 * The built repeat prescriptions bundle in a real Felix framework that exports what the host exports: it resolves,
 * registers its capability, answers its routes as the access rule allows and leaves no service behind. Runs inside the
 * framework (Pax Exam, JUnit 4): the module only through the SPI.
 */
@RunWith(PaxExam.class)
public class PrescriptionsBundleIT extends CapabilityBundleTest {

    private static final ExpectedCapability PRESCRIPTIONS =
            ExpectedCapability.of("prescriptions", "PRESCRIPTIONS", "Repeat prescriptions")
                    .views("prescriptions", "practice/prescriptions")
                    .migrations("V1__prescriptions.sql", "V2__imported_courses.sql", "V3__request_progress.sql")
                    .routes("GET medications", "POST prescription-requests", "GET prescription-requests",
                            "DELETE prescription-requests/{requestId}", "GET nominated-pharmacy",
                            "PUT nominated-pharmacy", "GET pharmacies");

    @Test
    public void isTheCapabilityItDeclares_resolvedAgainstTheHostsPackages() {
        installed().assertIs(PRESCRIPTIONS);
    }

    @Test
    public void answersItsRoutes_forWhomTheAccessRuleAllows() {
        TestServiceAccess access = new TestServiceAccess();
        try (RunningCapability running = installed().start(access)) {
            access.newPatient(false);

            assertEquals(0, running.get("medications").path("courses").size());
            assertEquals(0, running.get("prescription-requests").path("requests").size());
            assertEquals(404, assertThrows(ApiProblem.class, () -> running.get("nominated-pharmacy")).status());
            ApiProblem nothingAsked = assertThrows(ApiProblem.class,
                    () -> running.call(HttpMethod.POST, "prescription-requests", "{\"courseIds\":[]}"));
            assertEquals(400, nothingAsked.status());

            access.available(false);
            assertThrows(ServiceNotAvailableException.class, () -> running.get("medications"));
        }
    }

    @Test
    public void leavesNoServiceBehind_whenStoppedOrUninstalled() {
        installed().assertLeavesNoServiceBehind();
    }
}
