package org.citizenservices.consultations.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.HttpMethod;
import org.citizenservices.spi.PracticeTime;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.testkit.bundle.CapabilityBundleTest;
import org.citizenservices.testkit.bundle.ExpectedCapability;
import org.citizenservices.testkit.bundle.RunningCapability;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The built bundle in a real Felix framework, as the host's system bundle would meet it: it resolves against the
 * host's packages alone — without the messaging and appointments modules, whose APIs it imports only dynamically —
 * registers its capability, answers its routes as the access rule allows and leaves no service behind.
 */
@RunWith(PaxExam.class)
public class OnlineConsultationsBundleIT extends CapabilityBundleTest {

    private static final ExpectedCapability CAPABILITY =
            ExpectedCapability.of("online-consultations", "ONLINE_CONSULTATIONS", "Online consultations")
                    .views("online-consultations", "practice/online-consultations",
                            "practice/online-consultations-safety")
                    .migrations("V1__online_consultations.sql", "V2__consultation_photo.sql")
                    .routes("GET online-consultations/form", "POST online-consultations", "GET online-consultations",
                            "POST online-consultations/{requestId}/photo", "GET online-consultations/{requestId}/photo");

    private static final String NO_RED_FLAGS = "{\"chest-pain\":false,\"breathing\":false,\"stroke\":false,"
            + "\"bleeding\":false,\"self-harm\":false}";

    @Test
    public void isTheCapabilityItDeclares_resolvedWithoutTheModulesItMayUse() {
        installed().assertIs(CAPABILITY);
        assertFalse(installed().wiredVersion("org.citizenservices.messaging").isPresent());
    }

    @Test
    public void answersItsRoutes_forWhomTheAccessRuleAllows() {
        // a Monday morning, so that the practice is open whenever the build runs
        System.setProperty(PracticeTime.START_PROPERTY, "2026-12-07T10:00");
        TestServiceAccess access = new TestServiceAccess();
        try (RunningCapability running = installed().start(access)) {
            access.newPatient(false);
            JsonNode form = running.get("online-consultations/form");
            assertTrue(form.path("open").asBoolean());
            assertEquals(5, form.path("redFlagQuestions").size());

            ApiProblem urgent = assertThrows(ApiProblem.class, () -> running.call(HttpMethod.POST,
                    "online-consultations", "{\"kind\":\"MEDICAL\",\"description\":\"Chest pain\",\"redFlags\":"
                            + NO_RED_FLAGS.replace("\"chest-pain\":false", "\"chest-pain\":true") + "}"));
            assertEquals(422, urgent.status());
            assertEquals("Urgent care", urgent.title());
            assertEquals(0, running.get("online-consultations").path("consultations").size());

            JsonNode sent = running.call(HttpMethod.POST, "online-consultations",
                    "{\"kind\":\"ADMIN\",\"adminType\":\"LETTER\",\"description\":\"A letter for my school\","
                            + "\"redFlags\":" + NO_RED_FLAGS + "}");
            assertEquals("RECEIVED", sent.path("status").asText());
            assertEquals("Jane Demo (mother)", sent.path("sentBy").asText());
            assertEquals(1, running.get("online-consultations").path("consultations").size());

            access.available(false);
            assertThrows(ServiceNotAvailableException.class, () -> running.get("online-consultations"));
        } finally {
            System.clearProperty(PracticeTime.START_PROPERTY);
        }
    }

    @Test
    public void leavesNoServiceBehind_whenStoppedOrUninstalled() {
        installed().assertLeavesNoServiceBehind();
    }
}
