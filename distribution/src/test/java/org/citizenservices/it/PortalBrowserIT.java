package org.citizenservices.it;

import org.citizenservices.testkit.Browsers;
import org.citizenservices.it.support.DistributionProcess;
import org.citizenservices.it.support.TravelHealthPage;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PortalPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end: the built distribution started with {@code bin/citizen-services} on a free port and a temporary data
 * folder, driven in headless Chromium while modules are dropped into and removed from its deploy folder.
 */
class PortalBrowserIT {

    @TempDir
    Path dir;
    Path deploy;
    Path data;
    ChromeDriver browser;
    DistributionProcess portal;

    @BeforeEach
    void start() throws Exception {
        deploy = Files.createDirectories(dir.resolve("deploy"));
        data = dir.resolve("data");
        portal = startPortal();
        browser = Browsers.headlessChromium();
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void givenAnOpenPortal_whenTheAppointmentsJarComesAndGoes_thenItsViewAndMenuEntryFollowWithoutARestart()
            throws Exception {
        PortalPage page = new PortalPage(browser, portal.port()).signIn("jane.demo", "Portal-Demo-2026!");
        page.open("appointments").waitForView("not-found-view");
        assertThat(page.navigation()).doesNotContain("nav-appointments");

        Path jar = Layout.deploy(Layout.appointmentsJar(), deploy);
        await().atMost(Duration.ofSeconds(20)).until(() -> health().stateOf("appointments").orElse("").equals("ACTIVE"));

        // the page already open learns of the new module over push: its menu gains the entry
        page.waitForNavigation("nav-appointments", true);
        page.click("nav-appointments");
        page.waitForView("free-slots-view");
        assertThat(page.text("free-slots-message")).contains("appointments available");

        Files.delete(jar);

        // the page showing the removed view is taken home with a notice, and the entry leaves the menu
        page.waitForView("home-view");
        page.waitForNotification("Appointments is no longer available");
        page.waitForNavigation("nav-appointments", false);
        assertThat(health().stateOf("appointments")).isEmpty();

        page.open("appointments").waitForView("not-found-view");
        assertThat(page.shows("free-slots-view")).isFalse();
        assertThat(page.navigation()).containsExactly("nav-home", "nav-access-log", "nav-account");
    }

    @Test
    void givenARequestSent_whenTheModuleIsReinstalledAndThePortalRestarted_thenThePracticeStillHasIt()
            throws Exception {
        Path jar = Layout.deploy(Layout.exampleJar(), deploy);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> health().stateOf("travel-health").orElse("").equals("ACTIVE"));
        TravelHealthPage page = new TravelHealthPage(browser, portal.port());
        // a new module's service is offered once the practice administrator switches it on
        page.signInStaff("manager", "Practice-Demo-2026!");
        page.open("practice/admin").click("practice-service-TRAVEL_HEALTH");
        page.click("practice-service-save-TRAVEL_HEALTH");
        page.waitForText("admin-messages", "is now offered");
        page.signOut();
        page.signIn("jane.demo", "Portal-Demo-2026!");
        page.open("travel-health").send("Do I need a jab before going to Kenya in March?");
        page.signOut();

        page.signInStaff("manager", "Practice-Demo-2026!");
        assertThat(page.open("practice/travel-health").practiceList()).contains("Kenya in March");

        Files.delete(jar);
        await().atMost(Duration.ofSeconds(20)).until(() -> health().stateOf("travel-health").isEmpty());
        Layout.deploy(Layout.exampleJar(), deploy);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> health().stateOf("travel-health").orElse("").equals("ACTIVE"));
        assertThat(page.open("practice/travel-health").practiceList()).contains("Kenya in March");

        portal.close();
        portal = startPortal();
        page = new TravelHealthPage(browser, portal.port());
        page.signInStaff("manager", "Practice-Demo-2026!");
        assertThat(page.open("practice/travel-health").practiceList()).contains("Kenya in March", "Jane Demo");
    }

    private DistributionProcess startPortal() throws Exception {
        // started from an unrelated working directory: the script must find its own lib/ and conf/
        Path logs = Files.createDirectories(Path.of("target", "it-logs"));
        return DistributionProcess.start(dir.resolve("elsewhere"), data, deploy, logs.resolve("PortalBrowserIT.log"));
    }

    private Health health() {
        return new Health(portal.port());
    }
}
