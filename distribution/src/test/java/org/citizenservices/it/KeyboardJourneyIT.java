package org.citizenservices.it;

import org.citizenservices.it.support.DemoPortalJourney;
import org.citizenservices.it.support.Keyboard;
import org.citizenservices.it.support.Layout;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen who uses only a keyboard: Jane signs in, books an appointment, orders a repeat prescription and writes
 * to the practice with Tab, Shift+Tab, Enter, Space and the arrow keys — no clicks. Wherever focus lands it must be
 * visible, a form sent with errors must take her to its error summary and on to the field, and each outcome must be
 * confirmed on screen and listed from what the practice's services stored.
 */
class KeyboardJourneyIT extends DemoPortalJourney {

    @Override
    protected Map<String, Path> modules() {
        return Map.of("appointments", Layout.appointmentsJar(), "prescriptions", Layout.prescriptionsJar(),
                "messaging", Layout.messagingJar());
    }

    @Test
    void janeSignsInBooksOrdersAndWrites_withTheKeyboardAlone_seeingWhereFocusIsThroughout() {
        Keyboard keys = new Keyboard(browser);
        page.open("").waitForView("home-view");
        page.settle();

        // the skip link comes first and takes focus to the page itself
        keys.press(Keys.TAB);
        assertThat(keys.focusIsIn("skip-link")).as("first Tab stop: " + keys.focused()).isTrue();
        keys.press(Keys.ENTER);
        assertThat(keys.focusIsIn("main-content")).as("after the skip link: " + keys.focused()).isTrue();
        follow(keys, "home-sign-in", "citizen-sign-in-view");

        keys.tabTo("sign-in-username");
        keys.type("jane.demo");
        keys.tabTo("sign-in-password");
        keys.type(PORTAL_PASSWORD);
        keys.press(Keys.ENTER);
        page.waitForView("home-view");
        page.settle();

        follow(keys, "service-appointments", "free-slots");
        // along the free appointments to the first one's Book button, press it
        keys.tabTo("book-*");
        assertThat(keys.focused()).as("a Book button of the free appointments").contains("free-slots");
        keys.press(Keys.ENTER);
        page.waitForView("confirm-booking");
        page.settle();
        keys.tabTo("book-reason");
        keys.type("Asthma review");
        keys.tabTo("confirm-booking");
        keys.press(Keys.ENTER);
        page.waitForText("appointments-message", "Booked:");
        page.waitForRow("upcoming-appointments", "Asthma review");

        follow(keys, "nav-prescriptions", "courses");
        keys.tabTo("course-*");
        keys.press(Keys.SPACE);
        keys.tabTo("request-submit");
        keys.press(Keys.ENTER);
        page.waitForText("prescriptions-message", "Requested:");
        assertThat(page.text("requests")).contains("Requested");

        follow(keys, "nav-messages", "compose-subject");
        // sent empty: the error summary takes focus, and its first link takes focus on to the subject
        keys.tabTo("compose-send");
        keys.press(Keys.ENTER);
        page.waitForView("messages-error-summary");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
                .withMessage(() -> "the error summary did not take focus: " + keys.focused())
                .until(d -> keys.focusIsIn("messages-error-summary"));
        keys.press(Keys.TAB);
        keys.press(Keys.ENTER);
        assertThat(keys.focusIsIn("compose-subject")).as("after the summary's first link: " + keys.focused()).isTrue();
        keys.type("Inhaler technique");
        keys.tabTo("compose-body");
        keys.type("Could the nurse check how I use my inhaler at my next appointment?");
        // back up one stop and forward again: Shift+Tab works too
        keys.shiftTab();
        assertThat(keys.focusIsIn("compose-subject")).as("Shift+Tab from the message: " + keys.focused()).isTrue();
        keys.tabTo("compose-send");
        keys.press(Keys.ENTER);
        page.waitForText("messages-message", "Sent.");
        page.waitForText("thread-messages", "how I use my inhaler");
        assertThat(page.text("message-threads")).contains("Inhaler technique");

        assertThat(keys.unseenFocus()).as("focus stops with no visible focus indicator").isEmpty();
    }

    /** Tabs to a link or button, presses Enter on it, and waits for what it opens to settle. */
    private void follow(Keyboard keys, String control, String opens) {
        keys.tabTo(control);
        keys.press(Keys.ENTER);
        page.waitForView(opens);
        page.settle();
    }
}
