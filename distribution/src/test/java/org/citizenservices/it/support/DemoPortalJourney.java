package org.citizenservices.it.support;

import org.citizenservices.testkit.Browsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;


/**
 * A browser journey's stage: the built distribution started with the demo practice and the appointments module
 * deployed, and a headless Chromium on it; both ended after each test. The process's log is kept in
 * {@code target/it-logs/<test class>.log}.
 */
public abstract class DemoPortalJourney {

    /** The demo citizens' password. */
    protected static final String PORTAL_PASSWORD = "Portal-Demo-2026!";
    /** The demo practice staff's password. */
    protected static final String STAFF_PASSWORD = "Practice-Demo-2026!";

    @TempDir
    protected Path dir;
    protected ChromeDriver browser;
    protected DistributionProcess portal;
    protected PortalPage page;

    @BeforeEach
    void startPortal() throws Exception {
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        Path logs = Files.createDirectories(Path.of("target", "it-logs"));
        java.util.List<String> options = new java.util.ArrayList<>(java.util.List.of("--demo"));
        options.addAll(TestDatabases.commandLine(dir.resolve("data")));
        portal = DistributionProcess.start(dir.resolve("work"), dir.resolve("data"), deploy,
                logs.resolve(getClass().getSimpleName() + ".log"), options, environment());
        new Health(portal.port()).deploy(modules(), deploy);
        browser = Browsers.headlessChromium();
        page = new PortalPage(browser, portal.port());
    }

    /** The modules a journey needs, by capability id: the appointments module unless it says otherwise. */
    protected java.util.Map<String, Path> modules() {
        return java.util.Map.of("appointments", Layout.appointmentsJar());
    }

    /** Environment variables for the distribution's launcher; none unless a journey says otherwise. */
    protected java.util.Map<String, String> environment() {
        return java.util.Map.of();
    }

    /** Signs a demo citizen in and has them act for one of their patients, as the page then confirms. */
    protected void signInActingFor(String username, String patient) {
        page.signIn(username, PORTAL_PASSWORD);
        actFor(patient);
    }

    /** Chooses whom the signed-in citizen acts for, and waits until the page says so. */
    protected void actFor(String patient) {
        page.select("acting-for", patient);
        page.waitForText("home-acting-for", "You are acting for " + patient + ".");
    }

    @AfterEach
    void stopPortal() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.close();
        }
    }
}
