package org.citizenservices.it;

import org.citizenservices.example.citizenapp.CitizenApp;
import org.citizenservices.it.support.DemoPracticeHost;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PortalPage;
import org.citizenservices.testkit.AxeAudit;
import org.citizenservices.testkit.Browsers;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference citizen app (R8 Scenario 2) in headless Chromium, in its own server beside a running demo practice
 * with the four modules: Jane creates an account of the app's own, links it with her registration letter (a wrong
 * key first, shown in the API's plain words), books, reads her record, orders a repeat and writes to the practice,
 * then acts for Sam at his own record level; she signs in again on an unknown device (security question, then
 * remembered); and when she disconnects the app in the portal, the app's next page says it is no longer connected.
 * Every page of the app is checked with axe (WCAG 2.2 AA) on the way.
 */
class CitizenAppIT {

    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.withModules(Map.of("appointments", Layout.appointmentsJar(),
            "record", Layout.recordJar(), "prescriptions", Layout.prescriptionsJar(), "messaging",
            Layout.messagingJar()));
    @TempDir
    static Path data;
    static Server app;
    static ChromeDriver browser;
    static String base;
    static final AxeAudit axe = new AxeAudit();
    static final List<String> accessibility = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        app = CitizenApp.start(new CitizenApp.Options(0, "http://localhost:" + demo.host().port(), data,
                "demo-app", "Demo-App-Secret-2026"));
        base = "http://localhost:" + ((ServerConnector) app.getConnectors()[0]).getLocalPort();
        browser = Browsers.headlessChromium();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void janeRegistersLinksAndUsesHerServices_thenActsForSam_andSignsInAgainOnANewDevice() {
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        checked("sign in");
        browser.findElement(By.id("register-link")).click();
        type("username", "jane.osa");
        type("password", "short");
        browser.findElement(By.id("register-submit")).click();
        assertThat(text("problems")).contains("at least 10 characters");
        checked("register, with problems");
        register("jane.osa", "Willow-Harbour-2026");

        assertThat(text("link-submit")).isEqualTo("Connect");
        link("Wrong-Key-0000000");
        assertThat(text("problems")).contains("details").doesNotContain("Exception");
        checked("link, refused");
        link("Rv7Kq2Xm9Tz4Wp8L");
        assertThat(text("patients")).contains("Jane Demo", "Sam Demo");
        checked("home");

        browser.findElement(By.linkText("Appointments for Jane Demo")).click();
        checked("appointments");
        browser.findElement(By.id("book-submit")).click();
        assertThat(text("done")).startsWith("Booked: ");
        assertThat(text("appointments")).contains("with");

        browser.findElement(By.linkText("GP record")).click();
        assertThat(text("statement")).isNotBlank();
        assertThat(text("level")).contains("full record");
        checked("record");

        browser.findElement(By.linkText("Prescriptions")).click();
        checked("prescriptions");
        browser.findElements(By.cssSelector("input[name=courseId]")).stream().filter(WebElement::isEnabled)
                .findFirst().orElseThrow().click();
        browser.findElement(By.id("order-submit")).click();
        assertThat(text("done")).contains("order is sent");
        assertThat(text("requests")).contains("requested");

        browser.findElement(By.linkText("Messages")).click();
        type("subject", "Fit note");
        type("body", "Could I have a fit note for last week?");
        browser.findElement(By.id("message-submit")).click();
        assertThat(text("done")).contains("message is sent");
        assertThat(text("conversations")).contains("Fit note");
        checked("messages");

        open("/");
        browser.findElement(By.linkText("GP record of Sam Demo")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("GP record of Sam Demo");
        assertThat(text("level")).contains("summary record");
        checked("record, as a proxy");

        signOut();
        signIn("jane.osa", "Willow-Harbour-2026");
        landsOn("/security-question");
        checked("security question");
        type("answer", "nowhere");
        browser.findElement(By.id("answer-submit")).click();
        assertThat(text("problems")).contains("not right");
        String question = browser.findElement(By.cssSelector("label[for=answer]")).getText();
        type("answer", question.contains("school") || question.contains("food") ? answerTo(question) : "x");
        browser.findElement(By.id("remember")).click();
        browser.findElement(By.id("answer-submit")).click();
        assertThat(text("patients")).contains("Jane Demo");
        signOut();
        signIn("jane.osa", "Willow-Harbour-2026");
        assertThat(text("patients")).as("a remembered device is not asked again").contains("Jane Demo");

        // Jane disconnects the app on her account page in the portal: the app's session with the practice ends at
        // once, and the app says so in plain words
        PortalPage portal = new PortalPage(browser, demo.host().port()).open("sign-in")
                .signIn("jane.demo", "Portal-Demo-2026!");
        portal.open("account").waitForView("citizen-account-view");
        portal.waitForRow("connected-apps-table", "Demo citizen app");
        portal.click(portal.firstId("[id^=disconnect-app-]"));
        portal.waitForText("connected-apps-table", "No apps are connected");
        open("/");
        assertThat(text("problems")).contains("no longer connected");

        assertThat(accessibility).isEmpty();
    }

    private static void register(String username, String password) {
        type("username", username);
        type("password", password);
        type("confirm", password);
        new Select(browser.findElement(By.id("question1"))).selectByVisibleText("What was the name of your first school?");
        type("answer1", "Riverside  Primary");
        new Select(browser.findElement(By.id("question2"))).selectByVisibleText("What was your favourite food as a child?");
        type("answer2", "Fish fingers");
        browser.findElement(By.id("register-submit")).click();
    }

    private static String answerTo(String question) {
        return question.contains("school") ? "riverside primary" : "FISH FINGERS ";
    }

    private static void link(String key) {
        type("accountId", "DEMO100001");
        type("linkageKey", key);
        type("odsCode", "Y99999");
        type("surname", "Demo");
        type("day", "14");
        type("month", "3");
        type("year", "1985");
        browser.findElement(By.id("link-submit")).click();
    }

    private static void signIn(String username, String password) {
        open("/sign-in");
        type("username", username);
        type("password", password);
        browser.findElement(By.id("sign-in-submit")).click();
    }

    /** Signs out and waits until the app has said so, so that the next page is not opened over the sign-out. */
    private static void signOut() {
        browser.findElement(By.id("sign-out")).click();
        landsOn("/sign-in");
    }

    /** Waits for the navigation a click started: reading the address at once may still see the page before it. */
    private static void landsOn(String path) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith(path));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not on " + path + " but " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText());
        }
    }

    private static void open(String path) {
        browser.get(base + path);
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The element's text, once the page that has it has loaded; what the page says instead when it never does. */
    private static String text(String id) {
        try {
            return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id(id))).getText();
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No #" + id + " on " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText());
        }
    }

    private static void checked(String page) {
        axe.check(browser, "citizen app: " + page).blocking().forEach(b -> accessibility.add(page + ": " + b));
    }
}
