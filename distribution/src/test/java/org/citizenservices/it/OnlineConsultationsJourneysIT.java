package org.citizenservices.it;

import org.citizenservices.it.support.AdminCommands;
import org.citizenservices.it.support.DemoPortalJourney;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.SupplierSignIn;
import org.citizenservices.testkit.AxeAudit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Online consultations in a real browser against the built distribution, hot-deployed beside messaging and
 * appointments on a Monday morning of practice time: Jane asks for a fit note and, as Sam's mother, about his rash;
 * reception replies to hers (into a conversation, through the messaging module) but may not decide a medical request;
 * Dr Patel marks Sam's urgent and invites him to book; Jane reads the reply in her messages and books Sam's
 * appointment from the request (through the appointments module). A safety pause closes the form and the supplier
 * sees it; removing the jar takes the pages away from the running portal. axe on every page.
 */
class OnlineConsultationsJourneysIT extends DemoPortalJourney {

    private static final String[] RED_FLAGS = {"chest-pain", "breathing", "stroke", "bleeding", "self-harm"};

    private final AxeAudit axe = new AxeAudit();

    @Override
    protected Map<String, Path> modules() {
        Map<String, Path> modules = new LinkedHashMap<>();
        modules.put("messaging", Layout.messagingJar());
        modules.put("appointments", Layout.appointmentsJar());
        modules.put("online-consultations", Layout.onlineConsultationsJar());
        return modules;
    }

    @Override
    protected Map<String, String> environment() {
        // a Monday morning, so that the practice is open whenever the build runs
        return Map.of("JAVA_OPTS", "-Dcitizenservices.practiceTime.start=2026-12-07T10:00");
    }

    @Test
    void requestsAreTriagedToAReplyInAConversation_andAnInvitationBookedFromTheRequest() throws Exception {
        page.signIn("jane.demo", PORTAL_PASSWORD);
        ask(AdminOrMedical.ADMIN, "Fit note (sick note)", "A fit note for my flu from Monday to Friday last week");
        actFor("Sam Demo");
        ask(AdminOrMedical.MEDICAL, null, "A red rash on both arms since Tuesday, not itchy");
        page.signOut();

        page.signInStaff("reception", STAFF_PASSWORD);
        page.open("practice/online-consultations").waitForView("triage-queue-view");
        page.waitForText("triage-list", "Sam Demo");
        checked("practice/online-consultations");
        openRequestOf("Jane Demo");
        page.type("triage-assign-to", "Reception");
        page.click("triage-assign");
        page.waitForText("triage-message", "assigned to Reception");
        openRequestOf("Jane Demo");
        page.type("triage-outcome-message", "Dr Patel has written your fit note; collect it from reception.");
        page.click("triage-send-outcome");
        page.waitForText("triage-message", "was sent to the patient");
        openRequestOf("Sam Demo");
        page.type("triage-outcome-message", "Please book.");
        page.click("triage-send-outcome");
        page.waitForText("triage-error-summary", "a clinician's decision");
        page.signOut();

        page.signInStaff("drpatel", STAFF_PASSWORD);
        page.open("practice/online-consultations").waitForView("triage-queue-view");
        openRequestOf("Sam Demo");
        page.select("triage-urgency", "Urgent");
        page.click("triage-set-urgency");
        page.waitForText("triage-message", "is now urgent");
        openRequestOf("Sam Demo");
        page.select("triage-outcome", "Please book an appointment");
        page.type("triage-outcome-message", "I would like to see Sam this week; please book an appointment.");
        page.click("triage-send-outcome");
        page.waitForText("triage-message", "was sent to the patient");
        page.signOut();
        // Sam's proxy has no MESSAGING: Jane is told there is an answer, never what it says
        assertThat(Files.readString(portal.log())).contains("Your GP practice has answered your online"
                + " consultation. Sign in to read it.").doesNotContain("see Sam this week");

        page.signIn("jane.demo", PORTAL_PASSWORD);
        page.click("nav-messages");
        page.waitForView("messages-view");
        page.waitForText("message-threads", "Online consultation");
        page.click(page.idOf("vaadin-button[id^='open-thread-']", "Fit note (sick note)"));
        page.waitForText("thread-messages", "collect it from reception");
        actFor("Sam Demo");
        page.click("nav-online-consultations");
        page.waitForView("online-consultation-view");
        page.waitForText("consultations-sent", "see Sam this week");
        page.click(page.firstId("vaadin-button[id^='consultation-book-']"));
        page.waitForShown("consultation-slot");
        checked("online-consultations, invited to book");
        chooseFirst("consultation-slot");
        page.click("consultation-slot-book");
        page.waitForText("consultation-message", "Your appointment is booked");
        page.click("nav-appointments");
        page.waitForText("upcoming-appointments", "Online consultation");
    }

    @Test
    void aSafetyPauseClosesTheForm_theSupplierSeesIt_andRemovingTheJarTakesThePagesAway() throws Exception {
        page.signInStaff("manager", STAFF_PASSWORD);
        page.open("practice/online-consultations-safety").waitForView("consultation-safety-view");
        checked("practice/online-consultations-safety");
        page.click("safety-pause");
        page.waitForText("safety-error-summary", "The safety reason is required.");
        page.type("safety-reason", "No clinician available to triage this afternoon");
        page.click("safety-pause");
        page.waitForText("safety-pause-state", "Your supplier sees this pause");
        page.signOut();

        page.signIn("jane.demo", PORTAL_PASSWORD);
        page.click("nav-online-consultations");
        page.waitForView("online-consultation-view");
        assertThat(page.text("consultation-availability")).contains("paused", "NHS 111");
        assertThat(page.shows("consultation-screen")).isFalse();
        checked("online-consultations, paused");
        page.signOut();

        String activation = AdminCommands.run(dir.resolve("data"), "supplier-admin", "add", "--username",
                "ola.supplier", "--name", "Ola Supplier", "--email", "ola@supplier.example").json()
                .get("activationUrl").asText();
        SupplierSignIn.activateAndSignIn(page, browser, activation, "ola.supplier", "Supplier-Harbour-Lamp");
        page.waitForRow("supplier-notices-table", "Y99999", "Online consultations",
                "No clinician available to triage this afternoon");
        page.click("sign-out");

        Files.delete(dir.resolve("deploy").resolve(Layout.onlineConsultationsJar().getFileName()));
        await().atMost(Duration.ofSeconds(30)).until(() -> new org.citizenservices.it.support.Health(portal.port())
                .stateOf("online-consultations").isEmpty());
        page.signIn("jane.demo", PORTAL_PASSWORD);
        page.waitForNavigation("nav-online-consultations", false);
        assertThat(page.navigation()).contains("nav-messages");
    }

    private enum AdminOrMedical { ADMIN, MEDICAL }

    /** Asks through the form: "no" to every red-flag question, then the request. */
    private void ask(AdminOrMedical kind, String adminType, String text) {
        page.click("nav-online-consultations");
        page.waitForView("online-consultation-view");
        page.waitForShown("consultation-screen");
        checked("online-consultations");
        for (String question : RED_FLAGS) {
            page.chooseRadio("red-flag-" + question, "No");
        }
        page.click("consultation-continue");
        page.waitForShown("consultation-request");
        page.chooseRadio("consultation-kind", kind == AdminOrMedical.ADMIN ? "Admin help" : "Medical help");
        if (adminType != null) {
            page.select("consultation-admin-type", adminType);
        }
        page.type("consultation-description", text);
        checked("online-consultations, the request");
        page.click("consultation-send");
        page.waitForText("consultation-message", "was sent to the practice");
    }

    private void chooseFirst(String selectId) {
        browser.findElement(By.id(selectId)).findElement(By.cssSelector("vaadin-select-value-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            for (WebElement item : d.findElements(By.cssSelector("vaadin-select-list-box vaadin-select-item"))) {
                if (item.isDisplayed()) {
                    item.click();
                    return true;
                }
            }
            return false;
        });
        page.settle();
    }

    private void openRequestOf(String patient) {
        page.waitForText("triage-list", patient);
        page.click(page.idOf("vaadin-button[aria-label$='from " + patient + "']", "Open"));
        page.waitForShown("triage-panel");
    }

    private void checked(String name) {
        assertThat(axe.check(browser, name).blocking()).as(name).isEmpty();
    }
}
