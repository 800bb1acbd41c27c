package org.citizenservices.it;

import org.citizenservices.testkit.AxeAudit;
import org.citizenservices.testkit.Browsers;
import org.citizenservices.it.support.DistributionProcess;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.MockNhsLogin;
import org.citizenservices.it.support.TestDatabases;
import org.citizenservices.it.support.PortalPage;
import org.citizenservices.it.support.Phones;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) in headless Chromium on every citizen page — signed out, signed in, each
 * module's pages and their forms showing errors — and on the main practice pages, against the built distribution
 * with the demo practice and all five modules. No page may have a serious or critical violation; every result is
 * printed and tabled in {@code target/accessibility/axe-results.md}. Each citizen page is also checked as a phone
 * shows it, at 320 and 375 px, and with text at 200 % ({@link Phones}: no sideways scrolling, every row and button
 * on the screen, 44 px targets, no axe violation at all), and photographed at 320 px and 1280 px
 * ({@code target/screenshots/}). One portal and one browser serve
 * the whole class, in order: signed out, practice staff (who also offer the example module's service), then the citizen.
 * Every page is also checked for what its Content Security Policy refused (the browser console): nothing may be.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityIT {

    static final String PORTAL_PASSWORD = "Portal-Demo-2026!";
    static final String STAFF_PASSWORD = "Practice-Demo-2026!";

    @TempDir
    static Path dir;
    DistributionProcess portal;
    ChromeDriver browser;
    PortalPage page;
    Phones phones;
    final AxeAudit axe = new AxeAudit();
    final List<String> problems = new ArrayList<>();

    /** NHS login, so the sign-in page has its button and the page for someone proved only to P5 can be checked. */
    final MockNhsLogin nhsLogin = new MockNhsLogin();

    @BeforeAll
    void start() throws Exception {
        var settings = nhsLogin.settings();
        List<String> options = new ArrayList<>(List.of("--demo", "--nhs-login-issuer", settings.issuer().toString(),
                "--nhs-login-client-id", settings.clientId(), "--nhs-login-key", settings.privateKey().toString()));
        options.addAll(TestDatabases.commandLine(dir.resolve("data")));
        Path logs = Files.createDirectories(Path.of("target", "it-logs"));
        portal = DistributionProcess.start(dir.resolve("work"), dir.resolve("data"),
                Files.createDirectories(dir.resolve("deploy")), logs.resolve("AccessibilityIT.log"), options);
        new Health(portal.port()).deploy(Map.of("appointments", Layout.appointmentsJar(), "record",
                Layout.recordJar(), "prescriptions", Layout.prescriptionsJar(), "messaging", Layout.messagingJar(),
                "travel-health", Layout.exampleJar()), dir.resolve("deploy"));
        browser = Browsers.headlessChromium();
        page = new PortalPage(browser, portal.port());
        phones = new Phones(browser, axe);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            axe.writeSummary(Path.of("target", "accessibility", "axe-results.md"));
        } finally {
            if (browser != null) {
                browser.quit();
            }
            if (portal != null) {
                portal.close();
            }
            nhsLogin.shutdown();
        }
    }

    @Test
    @Order(1)
    void signedOutPages_haveNoSeriousOrCriticalViolations_andFitAPhone() throws Exception {
        citizenPageAt("", "home-view", "home-signed-out");

        citizenPageAt("sign-in", "citizen-sign-in-view", "sign-in");
        citizenPageAfter("sign-in-button", "sign-in-error-summary", "sign-in-error");
        // the summary has focus, and its links move focus to the field in error
        assertThat(js("return document.activeElement.id")).isEqualTo("sign-in-error-summary");
        page.click("sign-in-error-summary-link-1");
        assertThat(js("return document.activeElement.closest('vaadin-password-field').id"))
                .isEqualTo("sign-in-password");

        // someone proved by NHS login only to P5 is told, on a page of ours, how to prove who they are
        nhsLogin.server().enqueueCallback(nhsLogin.person("p5", "9990000042", "1941-11-02", "P5"));
        page.open("sign-in").waitForView("citizen-sign-in-view");
        citizenPageAfter("nhs-login-button", "nhs-login-message", "nhs-login-refused");

        citizenPageAt("register", "register-view", "register");
        citizenPageAfter("register-submit", "register-error-summary", "register-error");

        assertNoneBlocking();
    }

    @Test
    @Order(2)
    void practicePages_haveNoSeriousOrCriticalViolations() {
        page.open("practice/sign-in").waitForView("staff-sign-in-view");
        staffPage("staff-sign-in");
        page.signInStaff("manager", STAFF_PASSWORD);
        staffPage("practice-home");
        page.type("patient-search", "Demo");
        page.click("patient-search-button");
        page.waitForView("patient-9990000018");
        staffPage("patients");
        String patient = page.attribute("#patient-9990000018", "href");
        page.type("account-search", "DEMO100001");
        page.click("account-search-button");
        String account = page.attribute("#account-DEMO100001", "href");
        browser.get(patient);
        page.waitForView("patient-view");
        staffPage("patient");
        browser.get(account);
        page.waitForView("account-view");
        staffPage("account");
        page.open("practice/admin").waitForView("practice-admin-view");
        staffPage("practice-services");
        // the example module's service is offered once the administrator switches it on
        page.click("practice-service-TRAVEL_HEALTH");
        page.click("practice-service-save-TRAVEL_HEALTH");
        page.waitForText("admin-messages", "is now offered");
        page.open("practice/staff").waitForView("staff-admin-view");
        staffPage("staff");
        page.open("practice/api-clients").waitForView("api-clients-view");
        staffPage("api-clients");
        page.open("practice/account").waitForView("staff-account-view");
        staffPage("staff-account");
        page.open("practice/reviews").waitForView("reviews-view");
        staffPage("reviews");
        page.open("practice/appointment-book").waitForView("practice-book-view");
        staffPage("appointment-book");
        page.open("practice/appointment-sessions").waitForView("sessions-view");
        staffPage("appointment-sessions");
        page.open("practice/messages").waitForView("practice-inbox-view");
        staffPage("practice-inbox");
        page.open("practice/travel-health").waitForView("practice-travel-health-view");
        staffPage("travel-health-requests");
        page.signOut();

        page.signInStaff("drpatel", STAFF_PASSWORD);
        page.open("practice/record").waitForView("practice-record-view");
        staffPage("patient-records");
        page.open("practice/record-requests").waitForView("access-requests-view");
        staffPage("record-access-requests");
        page.open("practice/prescriptions").waitForView("prescribing-queue-view");
        staffPage("prescribing-queue");
        page.signOut();

        assertNoneBlocking();
    }

    @Test
    @Order(3)
    void citizenPages_haveNoSeriousOrCriticalViolations_andFitAPhone() throws Exception {
        page.signIn("jane.demo", PORTAL_PASSWORD);
        citizenPage("home");

        citizenPageAt("account", "citizen-account-view", "account");
        citizenPageAfter("password-change", "account-page-messages-summary", "account-error");

        citizenPageAt("access-log", "access-log-table", "access-log");

        citizenPageAt("appointments", "free-slots", "appointments");
        // Show more adds the next twenty free appointments, and focus goes to the first of them
        List<String> firstPage = page.ids("#free-slots tbody tr");
        assertThat(firstPage).hasSize(20);
        page.click("free-slots-more");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> page.ids("#free-slots tbody tr").size() > 20);
        assertThat(page.ids("#free-slots tbody tr")).hasSize(40).startsWith(firstPage.toArray(String[]::new));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(js("return document.activeElement.id")).isEqualTo(page.ids("#free-slots tbody tr").get(20)));
        // far enough ahead to be cancelled online (the practice's cut-off is 24 hours)
        page.type("slots-from", java.time.LocalDate.now().plusDays(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")));
        page.settle();
        String book = page.firstId("#free-slots vaadin-button[id^=book-]");
        page.click(book);
        page.waitForView("book-dialog");
        page.waitForView("confirm-booking");
        citizenPage("appointments-book");
        page.click("confirm-booking");
        page.waitForText("appointments-message", "Booked");
        page.click(page.firstId("vaadin-button[id^=cancel-]"));
        page.waitForView("confirm-cancel");
        citizenPageAfter("confirm-cancel", "cancel-error-summary", "appointments-cancel-error");
        page.click("keep-appointment");

        citizenPageAt("record", "record-items", "record");
        // a result's trend: the chart with its words, and the table of every result
        page.click("record-tab-test-results");
        page.waitForRow("record-items", "Haemoglobin A1c level");
        page.click(page.ids("vaadin-button[id^='record-trend-']").stream().filter(id -> page.text(
                id.replace("record-trend-", "record-item-")).startsWith("Haemoglobin A1c")).findFirst().orElseThrow());
        page.waitForView("trend-chart");
        citizenPage("record-trend");
        page.click("trend-close");

        citizenPageAt("prescriptions", "courses", "prescriptions");
        citizenPageAfter("request-submit", "prescriptions-error-summary", "prescriptions-error");

        citizenPageAt("messages", "message-threads", "messages");
        citizenPageAfter("compose-send", "messages-error-summary", "messages-error");
        page.click(page.firstId("vaadin-button[id^=open-thread-]"));
        page.waitForView("thread-messages");
        citizenPage("messages-conversation");

        citizenPageAt("travel-health", "travel-health-view", "travel-health");
        citizenPageAfter("travel-health-send", "travel-health-error-summary", "travel-health-error");

        assertNoneBlocking();
    }

    @Test
    @Order(4)
    void aPhoneCanAddThePortalToItsHomeScreen() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String base = "http://localhost:" + portal.port();
        java.net.http.HttpResponse<String> manifest = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/manifest.webmanifest")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(manifest.statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(manifest.body());
        assertThat(json.path("display").asText()).isEqualTo("standalone");
        assertThat(json.path("start_url").asText()).isEqualTo("/");
        List<String> sizes = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode icon : json.path("icons")) {
            java.net.http.HttpResponse<byte[]> image = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(base + icon.path("src").asText())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).as(icon.path("src").asText()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith(icon.path("type").asText()));
            sizes.add(icon.path("sizes").asText());
        }
        // Chrome offers to install with a 192 px and a 512 px icon
        assertThat(sizes).contains("192x192", "512x512");
        page.open("").waitForView("home-view");
        assertThat(page.attribute("link[rel=manifest]", "href")).endsWith("/manifest.webmanifest");
        assertThat(page.attribute("link[rel=apple-touch-icon]", "href")).endsWith("/icons/icon-180.png");
        // Vaadin's push closes on pagehide, not on the unload Chrome is removing (Lighthouse's "deprecations")
        @SuppressWarnings("unchecked")
        Map<String, Object> window = (Map<String, Object>) browser.executeCdpCommand("Runtime.evaluate",
                Map.of("expression", "window")).get("result");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listeners = (List<Map<String, Object>>) browser.executeCdpCommand(
                "DOMDebugger.getEventListeners", Map.of("objectId", window.get("objectId"))).get("listeners");
        assertThat(listeners.stream().map(l -> (String) l.get("type")).toList())
                .doesNotContain("unload").contains("pagehide");
    }

    @Test
    @Order(5)
    void whenTheConnectionDrops_thePageSaysSoInPlainWords() throws Exception {
        page.open("").waitForView("home-view");
        page.settle();
        portal.kill();
        page.click("nav-home");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat((String) js("const c = document.querySelector('vaadin-connection-indicator');"
                        + " return c ? c.innerText || c.textContent : '';"))
                        .contains("You are not connected. Trying to connect again"));
    }

    /** Opens a citizen page and checks it once its view is there. */
    private void citizenPageAt(String path, String view, String name) throws Exception {
        page.open(path).waitForView(view);
        citizenPage(name);
    }

    /** Presses a button (a form sent empty, mostly) and checks the page once what it shows is there. */
    private void citizenPageAfter(String button, String shown, String name) throws Exception {
        page.click(button);
        page.waitForView(shown);
        citizenPage(name);
    }

    private void citizenPage(String name) throws Exception {
        page.settle();
        check(name);
        problems.addAll(phones.check(name));
    }

    private void staffPage(String name) {
        page.settle();
        check("practice: " + name);
    }

    private void check(String name) {
        AxeAudit.PageResult result = axe.check(browser, name);
        result.blocking().forEach(b -> problems.add(name + ": " + b));
        // the portal works under its Content Security Policy: nothing on the page was refused
        Browsers.contentSecurityPolicyViolations(browser).forEach(refused -> problems.add(name + ": " + refused));
        String structure = (String) js(STRUCTURE);
        if (!structure.isEmpty()) {
            problems.add(name + ": " + structure);
        }
    }

    /**
     * What axe leaves to judgement, checked here as NHS.UK pages have it: British English, one h1 and no skipped
     * heading level, a header, navigation and main landmark, and a skip link to the main content first in the page.
     */
    private static final String STRUCTURE = "const out = [];"
            + " if (document.documentElement.lang !== 'en-GB') out.push('lang is ' + document.documentElement.lang);"
            + " const hs = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]"
            + "   .filter(h => h.getClientRects().length > 0).map(h => +h.localName[1]);"
            + " if (hs.filter(l => l === 1).length !== 1) out.push(hs.filter(l => l === 1).length + ' h1 elements');"
            + " let previous = 0; for (const l of hs) { if (l > previous + 1) out.push('h' + l + ' after h' + previous);"
            + "   previous = l; }"
            + " for (const landmark of ['header', 'nav', 'main']) {"
            + "   if (!document.querySelector(landmark)) out.push('no ' + landmark); }"
            + " const skip = document.getElementById('skip-link');"
            + " if (!skip || skip.getAttribute('href') !== '#main-content') out.push('no skip link to the main content');"
            + " return out.join('; ');";

    private void assertNoneBlocking() {
        List<String> found = List.copyOf(problems);
        problems.clear();
        assertThat(found).as("serious or critical accessibility problems").isEmpty();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
