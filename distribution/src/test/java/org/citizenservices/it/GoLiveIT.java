package org.citizenservices.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.citizenservices.core.api.security.TotpCodes;
import org.citizenservices.it.support.AdminCommands;
import org.citizenservices.it.support.DistributionProcess;
import org.citizenservices.it.support.PortalPage;
import org.citizenservices.it.support.TestDatabases;
import org.citizenservices.testkit.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Going live from nothing: the distribution started without {@code --demo} has no practice, no account and no
 * default password, and says how to begin; the operator's {@code admin} commands add a practice and its
 * administrator (refusing a duplicate, a malformed code and a missing option, each with a clear message and exit
 * code), whose activation link also arrives by e-mail (a real SMTP server, GreenMail); they open it in a browser,
 * set a password, enrol an authenticator from the page's key and sign in with its code — and later with a recovery
 * code, which then works no more; on the Staff page they add a receptionist and disable them, they connect the
 * clinical system (its secret trades for a token until the connection ends) and set the default record access; the
 * supplier's administrator signs in to the supplier pages, adds a practice, and suspends and restores the first.
 */
class GoLiveIT {

    private static final String PASSWORD = "Kestrel-Harbour-Lamp";

    @TempDir
    Path dir;

    @Test
    void givenAnEmptyInstall_whenTheOperatorSetsUpAPractice_thenItsAdministratorActivatesAndSignsInWithASecondFactor()
            throws Exception {
        Path data = dir.resolve("data");
        Path log = Files.createDirectories(Path.of("target", "it-logs")).resolve("GoLiveIT.log");
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Path settings = Files.writeString(dir.resolve("notifications.properties"), "mail.smtp.host=127.0.0.1\n"
                + "mail.smtp.port=" + mail.getSmtp().getPort() + "\nfrom=portal@supplier.example\n");
        try (DistributionProcess node = DistributionProcess.start(dir.resolve("work"), data,
                Files.createDirectories(dir.resolve("deploy")), log, TestDatabases.commandLine(data),
                java.util.Map.of("CITIZEN_SERVICES_NOTIFICATIONS", settings.toString()))) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(Files.readString(log)).contains("no practice and no administrator yet")
                            .contains("admin practice add"));

            var help = admin(data, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("practice", "staff", "supplier-admin", "linkage", "app");

            JsonNode practice = admin(data, "practice", "add", "--ods", "a81001", "--name", "Brook Lane Surgery",
                    "--address", "3 Brook Lane, Leeds", "--postcode", "LS1 4AP").json();
            assertThat(practice.get("odsCode").asText()).isEqualTo("A81001");
            assertThat(practice.get("services").toString()).contains("APPOINTMENTS", "RECORD");

            var duplicate = admin(data, "practice", "add", "--ods", "A81001", "--name", "Again");
            assertThat(duplicate.exit()).isEqualTo(1);
            assertThat(duplicate.err()).contains("A81001 is already here");
            assertThat(duplicate.out()).isEmpty();
            var malformed = admin(data, "practice", "add", "--ods", "81001", "--name", "Bad Code");
            assertThat(malformed.exit()).isEqualTo(1);
            assertThat(malformed.err()).contains("a letter followed by five digits");
            var missing = admin(data, "staff", "add", "--practice", "A81001", "--username", "someone");
            assertThat(missing.exit()).isEqualTo(2);
            assertThat(missing.err()).contains("Missing required options");
            var noNode = admin(dir.resolve("elsewhere"), "practice", "add", "--ods", "B82002", "--name", "X");
            assertThat(noNode.exit()).isEqualTo(3);
            assertThat(noNode.err()).contains("No Citizen Services node is running");

            JsonNode staff = admin(data, "staff", "add", "--practice", "A81001", "--username", "priya",
                    "--name", "Priya Shah", "--email", "priya@example.nhs.uk", "--role", "PRACTICE_ADMIN").json();
            assertThat(staff.get("username").asText()).isEqualTo("priya");
            String activationUrl = staff.get("activationUrl").asText();
            assertThat(activationUrl).startsWith("http://localhost:" + node.port() + "/activate/");
            assertThat(staff.get("emailed").asBoolean()).isTrue();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> mail.getReceivedMessages().length == 1);
            assertThat(mail.getReceivedMessages()[0].getAllRecipients()[0].toString())
                    .isEqualTo("priya@example.nhs.uk");
            assertThat(GreenMailUtil.getBody(mail.getReceivedMessages()[0]).replace("=\r\n", ""))
                    .contains("Brook Lane Surgery", activationUrl);
            JsonNode supplier = admin(data, "supplier-admin", "add", "--username", "sam.supplier", "--name",
                    "Sam Okoro", "--email", "sam@supplier.example").json();
            assertThat(supplier.get("activationUrl").asText()).contains("/activate/");
            assertThat(Files.readString(log)).as("the link's secret is never logged")
                    .doesNotContain(activationUrl.substring(activationUrl.lastIndexOf('/') + 1));

            ChromeDriver browser = Browsers.headlessChromium();
            try {
                PortalPage page = new PortalPage(browser, node.port());
                activateAndSignIn(page, browser, activationUrl, mail, node.port());
                theSupplierManagesThePractices(page, browser, supplier.get("activationUrl").asText());
                new org.citizenservices.it.support.SupplierAppsJourney(page, node.port()).run();
                // the supplier's sign-in opens no practice's pages
                page.open("practice/staff").waitForView("staff-sign-in-view");
            } finally {
                browser.quit();
            }
        } finally {
            mail.stop();
        }
    }

    private static void activateAndSignIn(PortalPage page, ChromeDriver browser, String activationUrl,
                                          GreenMail mail, int port) throws Exception {
        browser.get(activationUrl);
        page.waitForView("activation-view");
        assertThat(page.text("activation-username")).isEqualTo("priya");
        assertThat(page.attribute("#activation-qr", "data-uri")).startsWith("otpauth://totp/");
        String secret = page.text("activation-secret").replace(" ", "");
        TotpCodes totp = new TotpCodes();
        page.type("activation-password", PASSWORD);
        page.type("activation-confirm", PASSWORD);
        page.type("activation-code", "123456".equals(totp.codeAt(secret, Instant.now())) ? "654321" : "123456");
        page.click("activation-submit");
        page.waitForText("activation-error", "code is not right");
        page.type("activation-password", PASSWORD);
        page.type("activation-confirm", PASSWORD);
        page.type("activation-code", totp.codeAt(secret, Instant.now()));
        page.click("activation-submit");
        page.waitForView("activation-done");
        List<String> recovery = page.texts("#recovery-codes li");
        assertThat(recovery).hasSize(TotpCodes.RECOVERY_CODES);

        // the code of the next 30 seconds: the one just used to activate is not good again
        page.signInStaff("priya", PASSWORD, () -> totp.codeAt(secret, Instant.now().plusSeconds(30)));
        assertThat(page.text("staff-name")).contains("Priya Shah", "Brook Lane Surgery");
        assertThat(browser.findElements(By.id("staff-demo-account"))).isEmpty();
        addsAndDisablesAReceptionist(page, mail);
        connectsTheClinicalSystem(page, port);
        setsTheDefaultRecordLevel(page);
        page.signOut();

        page.signInStaff("priya", PASSWORD, () -> recovery.get(0));
        page.signOut();
        page.open("practice/sign-in");
        page.type("staff-username", "priya");
        page.type("staff-password", PASSWORD);
        page.click("staff-sign-in");
        page.type("staff-code", recovery.get(0));
        page.click("staff-code-submit");
        page.waitForText("staff-sign-in-error", "code is not right");

        browser.get(activationUrl);
        page.waitForView("activation-view");
        assertThat(page.shows("activation-not-valid")).as("the link is used up").isTrue();
    }

    /** The practice's administrator adds a receptionist on the Staff page (the link e-mailed), then disables them. */
    private static void addsAndDisablesAReceptionist(PortalPage page, GreenMail mail) {
        page.open("practice/staff").waitForView("staff-admin-view");
        page.type("staff-add-username", "lee.chen");
        page.type("staff-add-name", "Lee Chen");
        page.type("staff-add-email", "lee@example.nhs.uk");
        page.select("staff-add-role", "Receptionist");
        page.click("staff-add");
        page.waitForText("staff-activation", "has been e-mailed to lee@example.nhs.uk");
        assertThat(page.text("staff-activation-link")).contains("/activate/");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> java.util.Arrays.stream(mail.getReceivedMessages())
                        .map(m -> GreenMailUtil.getBody(m).replace("=\r\n", ""))
                        .anyMatch(body -> body.contains("lee.chen")));
        page.waitForRow("staff-table", "Lee Chen", "Waiting for activation");
        page.click("staff-toggle-lee-chen");
        page.waitForText("staff-admin-messages", "Lee Chen can no longer sign in.");
        page.waitForRow("staff-table", "Lee Chen", "Disabled");
    }

    /** A connection for the clinical system: its secret shown once trades for a token, until the connection ends. */
    private static void connectsTheClinicalSystem(PortalPage page, int port) throws Exception {
        page.open("practice/api-clients").waitForView("api-clients-view");
        page.type("client-add-name", "EMIS Web");
        page.click("client-add-submit");
        page.waitForText("api-clients-messages", "Copy its secret now");
        String clientId = page.text("client-id");
        String secret = page.text("client-secret");
        page.waitForRow("api-clients-table", "EMIS Web", clientId, "Live");
        assertThat(token(port, clientId, secret)).isEqualTo(200);
        page.click("client-revoke-" + clientId);
        page.waitForText("api-clients-messages", "EMIS Web can no longer connect");
        page.waitForRow("api-clients-table", "EMIS Web", "Ended");
        assertThat(page.shows("client-secret")).as("the secret is shown once").isFalse();
        assertThat(token(port, clientId, secret)).isEqualTo(401);
    }

    private static int token(int port, String clientId, String secret) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (clientId + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        return java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void setsTheDefaultRecordLevel(PortalPage page) {
        page.open("practice/admin").waitForView("practice-admin-view");
        page.select("default-record-level", "Detailed coded record (no free text)");
        page.click("default-record-level-save");
        page.waitForText("admin-messages", "The default record access is saved.");
        page.type("setting-key", "core.defaultRecordLevel");
        page.type("setting-value", "EVERYTHING");
        page.click("setting-save");
        page.waitForText("admin-messages", "one of SUMMARY, DETAILED_CODED");
    }

    /**
     * The supplier's administrator activates, signs in to the supplier pages with a code, sees the practice, adds a
     * second one, and suspends the first (its administrator can then not sign in) and restores it.
     */
    private static void theSupplierManagesThePractices(PortalPage page, ChromeDriver browser, String activationUrl) {
        org.citizenservices.it.support.SupplierSignIn.activateAndSignIn(page, browser, activationUrl, "sam.supplier",
                "Supplier-Lantern-Quay");
        assertThat(page.text("supplier-name")).contains("Sam Okoro");
        page.waitForRow("practices-table", "Brook Lane Surgery (A81001)", "Live");
        assertThat(page.text("installed-modules")).contains("No capability module is installed");

        page.type("practice-add-ods", "c83003");
        page.type("practice-add-name", "Canal Side Practice");
        page.click("practice-add-submit");
        page.waitForText("supplier-messages", "Canal Side Practice is added");
        page.waitForRow("practices-table", "Canal Side Practice (C83003)", "Live");

        page.click("practice-suspend-A81001");
        page.waitForView("suspend-dialog");
        page.type("suspend-reason", "Contract paused by the practice");
        page.click("suspend-confirm");
        page.waitForRow("practices-table", "Brook Lane Surgery (A81001)", "Suspended: Contract paused by the practice");
        page.click("practice-restore-A81001");
        page.waitForText("supplier-messages", "Brook Lane Surgery is live again.");
    }

    private static AdminCommands.Result admin(Path data, String... args) throws Exception {
        return AdminCommands.run(data, args);
    }
}
