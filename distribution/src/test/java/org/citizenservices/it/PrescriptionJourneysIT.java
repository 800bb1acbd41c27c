package org.citizenservices.it;

import org.citizenservices.it.support.DemoPortalJourney;
import org.citizenservices.it.support.Layout;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prescriptions journey in a real browser against the built distribution with the demo practice: Carol, as
 * Arthur's carer, orders two of his repeats; the practice forwards and issues one and rejects the other with a
 * reason, then records the issued one ready to collect; Carol sees both outcomes with their days, and why his
 * omeprazole cannot be ordered (a review is due).
 */
class PrescriptionJourneysIT extends DemoPortalJourney {

    @Override
    protected Map<String, Path> modules() {
        return Map.of("prescriptions", Layout.prescriptionsJar());
    }

    private String courseId(String name) {
        return page.idOf("vaadin-checkbox[id^='course-']", name);
    }

    @Test
    void carolOrdersTwoOfArthursRepeats_thePracticeIssuesOneAndRejectsOne_andCarolSeesBoth() {
        signInActingFor("carol.carer", "Arthur Elder");
        page.click("nav-prescriptions");
        page.waitForView("prescriptions-view");
        page.waitForText("courses", "Amlodipine 5mg tablets");

        page.click(courseId("Amlodipine 5mg tablets"));
        page.type("request-comment", "Running low before our holiday");
        page.click("request-submit");
        page.waitForText("prescriptions-message", "Requested: Amlodipine 5mg tablets");
        page.click(courseId("Atorvastatin 20mg tablets"));
        page.click("request-submit");
        page.waitForText("prescriptions-message", "Requested: Atorvastatin 20mg tablets");
        page.waitForRow("requests", "Amlodipine 5mg tablets", "Requested", "Running low before our holiday");
        page.waitForRow("requests", "Atorvastatin 20mg tablets", "Requested");
        page.signOut();

        page.signInStaff("drpatel", STAFF_PASSWORD);
        page.open("practice/prescriptions").waitForView("prescribing-queue-view");
        page.waitForText("queue", "Amlodipine 5mg tablets");
        // oldest first: Carol asked for the amlodipine first
        java.util.List<String> outstanding = outstandingRequestIds();
        assertThat(outstanding).hasSize(2);
        String amlodipine = outstanding.get(0);
        String atorvastatin = outstanding.get(1);
        page.click("forward-" + amlodipine);
        page.waitForText("queue-messages", "Forwarded for signing.");
        page.click("issue-" + amlodipine);
        page.waitForText("queue-messages", "Issued: the request is approved.");
        page.click("reject-" + atorvastatin);
        page.waitForView("reject-dialog");
        page.type("reject-reason", "Please book a cholesterol review before we issue more.");
        page.click("reject-confirm");
        page.waitForText("queue-messages", "Rejected.");
        // the pharmacy rings: it is ready at Arthur's nominated pharmacy
        page.select("queue-status", "With the pharmacy");
        page.click("ready-to-collect-" + amlodipine);
        page.waitForText("queue-messages", "Ready to collect.");
        page.signOut();

        signInActingFor("carol.carer", "Arthur Elder");
        page.click("nav-prescriptions");
        page.waitForView("prescriptions-view");
        page.waitForRow("requests", "Amlodipine 5mg tablets", "Ready to collect", "Approved, ",
                "Ready to collect, ");
        page.waitForText("courses", "Review due: contact the practice.");
        page.waitForRow("requests", "Atorvastatin 20mg tablets", "Rejected",
                "Please book a cholesterol review before we issue more.");
    }

    /** The outstanding requests' ids in the queue's order (oldest first), read from their Reject buttons. */
    private java.util.List<String> outstandingRequestIds() {
        return page.ids("vaadin-button[id^='reject-']").stream().map(id -> id.substring("reject-".length())).toList();
    }
}
