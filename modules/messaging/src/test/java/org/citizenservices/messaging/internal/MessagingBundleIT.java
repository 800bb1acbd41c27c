package org.citizenservices.messaging.internal;

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
 * The built messaging bundle in a real Felix framework that exports what the host exports: it resolves, registers its
 * capability, answers its routes as the access rule allows, publishes {@code PracticeConversations} exactly while it
 * runs and leaves no service behind. Runs inside the framework (Pax Exam, JUnit 4): the module only through the SPI.
 */
@RunWith(PaxExam.class)
public class MessagingBundleIT extends CapabilityBundleTest {

    private static final ExpectedCapability MESSAGING =
            ExpectedCapability.of("messaging", "MESSAGING", "Messages")
                    .views("messages", "practice/messages")
                    .migrations("V1__messaging.sql", "V2__attachments.sql", "V3__notify_account.sql")
                    .routes("GET messages", "GET messages/{threadId}", "POST messages", "POST messages/{threadId}",
                            "PUT messages/{threadId}/read", "POST messages/{threadId}/attachments",
                            "GET attachments/{attachmentId}", "GET message-recipients")
                    .publishing("org.citizenservices.messaging.PracticeConversations");

    @Test
    public void isTheCapabilityItDeclares_resolvedAgainstTheHostsPackages() {
        installed().assertIs(MESSAGING);
    }

    @Test
    public void answersItsRoutes_forWhomTheAccessRuleAllows() {
        TestServiceAccess access = new TestServiceAccess();
        try (RunningCapability running = installed().start(access)) {
            access.newPatient(false);

            JsonNode started = running.call(HttpMethod.POST, "messages",
                    "{\"subject\":\"Sam's inhaler\",\"body\":\"Is the new dose twice a day?\"}");
            String threadId = started.path("threadId").asText();
            JsonNode threads = running.get("messages").path("threads");
            assertEquals(1, threads.size());
            assertEquals("Sam's inhaler", threads.get(0).path("subject").asText());
            assertEquals("Is the new dose twice a day?", running.get("messages/{threadId}", "threadId", threadId)
                    .path("messages").get(0).path("body").asText());
            ApiProblem blank = assertThrows(ApiProblem.class,
                    () -> running.call(HttpMethod.POST, "messages", "{\"subject\":\" \",\"body\":\"Hello\"}"));
            assertEquals(400, blank.status());

            access.available(false);
            assertThrows(ServiceNotAvailableException.class, () -> running.get("messages"));
        }
    }

    @Test
    public void leavesNoServiceBehind_whenStoppedOrUninstalled() {
        installed().assertLeavesNoServiceBehind();
    }
}
