package org.citizenservices.messaging.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.Capability;
import org.citizenservices.spi.HttpMethod;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.ViewContribution;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.testkit.bundle.CapabilityBundleTest;
import org.citizenservices.testkit.bundle.RunningCapability;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The built messaging bundle in a real Felix framework that exports what the host exports: it resolves, registers its
 * capability, answers its routes as the access rule allows, publishes {@code PracticeConversations} exactly while it
 * runs and leaves no service behind. Runs inside the framework (Pax Exam, JUnit 4): the module only through the SPI.
 */
@RunWith(PaxExam.class)
public class MessagingBundleIT extends CapabilityBundleTest {

    private static final String PUBLISHED_API = "org.citizenservices.messaging.PracticeConversations";

    @Test
    public void resolvesAgainstTheHostsPackages_andTheSpiItWasBuiltFor() {
        assertEquals(1, installed().assertResolved().getMajor());
    }

    @Test
    public void registersItsCapability_withItsViewsAndMigrations() {
        Capability capability = installed().capability();

        assertEquals("messaging", capability.id());
        assertEquals("MESSAGING", capability.service().key());
        assertEquals("Messages", capability.displayName());
        assertEquals(List.of("messages", "practice/messages"),
                capability.views().stream().map(ViewContribution::path).toList());
        assertEquals(List.of("V1__messaging.sql", "V2__attachments.sql", "V3__notify_account.sql"),
                installed().migrations());
    }

    @Test
    public void answersItsRoutes_forWhomTheAccessRuleAllows() {
        TestServiceAccess access = new TestServiceAccess();
        try (RunningCapability running = installed().start(access)) {
            assertEquals(List.of("GET messages", "GET messages/{threadId}", "POST messages", "POST messages/{threadId}",
                    "PUT messages/{threadId}/read", "POST messages/{threadId}/attachments",
                    "GET attachments/{attachmentId}", "GET message-recipients"), running.routes());
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
    public void publishesPracticeConversations_onlyWhileItRuns() {
        assertFalse(installed().registeredServices().contains(PUBLISHED_API));
        try (RunningCapability ignored = installed().start(new TestServiceAccess())) {
            assertTrue(installed().registeredServices().contains(PUBLISHED_API));
        }
        assertFalse(installed().registeredServices().contains(PUBLISHED_API));
    }

    @Test
    public void leavesNoServiceBehind_whenStoppedOrUninstalled() {
        installed().assertLeavesNoServiceBehind();
    }
}
