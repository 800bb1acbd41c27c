package org.citizenservices.it;

import org.citizenservices.it.support.DemoPortalJourney;
import org.citizenservices.it.support.Layout;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messaging journey in a real browser against the built distribution with the demo practice: Jane writes to
 * reception under the not-for-urgent-matters notice and attaches a PDF (a file over the limit, or an HTML page named
 * .pdf, is refused with a message and not stored); reception reads both, adds an internal note
 * and replies; Jane is notified (the notice only, to the host's log as no SMTP server is configured); she sees the
 * new reply (and never the note) and reads it.
 */
class MessagingJourneysIT extends DemoPortalJourney {

    @Override
    protected Map<String, Path> modules() {
        return Map.of("messaging", Layout.messagingJar());
    }

    @Test
    void janeWritesWithAPdf_receptionReplies_andJaneReadsTheReply() throws Exception {
        page.signIn("jane.demo", PORTAL_PASSWORD);
        page.click("nav-messages");
        page.waitForView("messages-view");
        assertThat(page.text("compose-notice")).contains("call 111, or 999 in an emergency");
        page.select("compose-recipient", "Reception");
        page.type("compose-subject", "Travel vaccinations");
        page.type("compose-body", "Do I need any vaccinations for a trip to Kenya in March?");
        page.click("compose-send");
        page.waitForText("messages-message", "Sent.");
        page.waitForText("thread-messages", "trip to Kenya");
        // the itinerary goes with the message, as a PDF
        java.nio.file.Path itinerary = dir.resolve("itinerary.pdf");
        java.nio.file.Files.write(itinerary, MessagesApiIT.PDF);
        page.chooseFile("attach-file", itinerary);
        page.waitForText("messages-message", "Attached itinerary.pdf");
        page.waitForText("thread-messages", "itinerary.pdf");
        // the limits are said before a file is chosen; a file over them, or not what its name says, is refused
        assertThat(page.text("attach-file-rules")).contains("at most 5 MiB a file").contains("10 MiB");
        java.nio.file.Path big = dir.resolve("scan.pdf");
        byte[] bigScan = new byte[6 * 1024 * 1024];
        System.arraycopy(MessagesApiIT.PDF, 0, bigScan, 0, MessagesApiIT.PDF.length);
        java.nio.file.Files.write(big, bigScan);
        page.chooseFile("attach-file", big);
        page.waitForText("messages-error-summary", "scan.pdf cannot be attached: a file is at most 5 MiB.");
        java.nio.file.Path page2 = java.nio.file.Files.writeString(dir.resolve("page2.pdf"),
                "<html><body>not a PDF</body></html>");
        page.chooseFile("attach-file", page2);
        page.waitForText("messages-error-summary", "whatever its name says");
        // nothing of either is stored: the conversation, opened again, has the itinerary only
        org.openqa.selenium.WebElement shown = browser.findElement(org.openqa.selenium.By.id("thread-messages"));
        page.click(buttonId("open-thread-", "Travel vaccinations"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> gone(shown));
        page.waitForText("thread-messages", "itinerary.pdf");
        assertThat(page.text("thread-messages")).doesNotContain("scan").doesNotContain("page2");
        page.signOut();

        page.signInStaff("reception", STAFF_PASSWORD);
        page.open("practice/messages").waitForView("practice-inbox-view");
        page.waitForText("inbox", "Travel vaccinations");
        page.click(buttonId("open-", "Travel vaccinations"));
        page.waitForText("inbox-thread-messages", "trip to Kenya");
        assertThat(page.text("inbox-thread-messages")).contains("itinerary.pdf");
        page.type("practice-note", "Ask the nurse about yellow fever.");
        page.click("practice-note-add");
        page.waitForText("inbox-messages", "Note added.");
        page.type("practice-reply", "Please book a travel consultation with the nurse six weeks before you go.");
        page.click("practice-reply-send");
        page.waitForText("inbox-messages", "Reply sent; the patient is notified.");
        // with no SMTP server configured, the notice goes to the host's log: the notice only, never the message
        String log = java.nio.file.Files.readString(portal.log());
        assertThat(log).contains("Notification for account DEMO100001 by EMAIL: You have a new message from your GP"
                + " practice. Sign in to read it.").doesNotContain("travel consultation");
        page.signOut();

        page.signIn("jane.demo", PORTAL_PASSWORD);
        page.click("nav-messages");
        page.waitForView("messages-view");
        page.waitForText("message-threads", "1 new");
        page.click(buttonId("open-thread-", "Travel vaccinations"));
        page.waitForText("thread-messages", "travel consultation with the nurse");
        assertThat(page.text("thread-messages")).doesNotContain("yellow fever");
        page.waitForText("message-threads", "Travel vaccinations");
        assertThat(page.text("message-threads")).doesNotContain("1 new");
    }

    private static boolean gone(org.openqa.selenium.WebElement element) {
        try {
            element.isDisplayed();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        }
    }


    /** The id of the button whose id starts so and whose text says so. */
    private String buttonId(String idPrefix, String text) {
        return page.idOf("vaadin-button[id^='" + idPrefix + "']", text);
    }
}
