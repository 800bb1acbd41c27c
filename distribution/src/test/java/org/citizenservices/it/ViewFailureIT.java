package org.citizenservices.it;

import org.citizenservices.it.support.TestDatabases;
import org.citizenservices.host.CitizenServicesHost;
import org.citizenservices.testkit.Browsers;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PortalPage;
import org.citizenservices.it.support.TestBundles;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A module's view created by Vaadin itself (no factory), and what a user sees when it fails unexpectedly: an
 * apology with a reference, never a stack trace, and the portal keeps working.
 */
class ViewFailureIT {

    @TempDir
    static Path dir;
    static CitizenServicesHost host;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        host = CitizenServicesHost.start(TestDatabases.hostOptions(dir, true));
        browser = Browsers.headlessChromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        host.close();
    }

    @Test
    void givenAViewThatThrows_whenTheUserClicks_thenAnApologyWithAReferenceAndThePortalStillWorks() throws Exception {
        Path jar = Layout.deploy(TestBundles.explodingView(Files.createDirectories(dir.resolve("bundles"))),
                host.options().deployDir());
        Health health = new Health(host.port());
        await().atMost(Duration.ofSeconds(20)).until(() -> health.stateOf("exploding").orElse("").equals("ACTIVE"));

        // the test module's own service is offered by the demo practice, as its administrator would do
        var manager = host.core().staffSignIn().signIn("manager", "Practice-Demo-2026!");
        host.core().practices().setService(manager, new CitizenService("EXPLODING"), true, null);
        PortalPage page = new PortalPage(browser, host.port()).signIn("jane.demo", "Portal-Demo-2026!");
        page.open("exploding");
        page.waitForView("exploding-view");
        page.click("explode");

        page.waitForNotification("Sorry, something went wrong");
        assertThat(page.notifications()).anyMatch(text -> text.matches("(?s).*quote reference [0-9a-f]{8}\\..*"))
                .noneMatch(text -> text.contains("IllegalStateException") || text.contains("simulated failure"));
        page.click("nav-home");
        page.waitForView("home-view");

        Files.delete(jar);
        await().atMost(Duration.ofSeconds(20)).until(() -> health.stateOf("exploding").isEmpty());
    }
}
