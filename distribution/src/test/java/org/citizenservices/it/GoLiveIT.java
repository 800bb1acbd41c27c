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
 * code, which then works no more; on the Staff page they add a receptionist and disable them.
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
            assertThat(help.out()).contains("practice", "staff", "supplier-admin", "linkage");

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
                activateAndSignIn(new PortalPage(browser, node.port()), browser, activationUrl, mail);
            } finally {
                browser.quit();
            }
        } finally {
            mail.stop();
        }
    }

    private static void activateAndSignIn(PortalPage page, ChromeDriver browser, String activationUrl,
                                          GreenMail mail) {
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

    private static AdminCommands.Result admin(Path data, String... args) throws Exception {
        return AdminCommands.run(data, args);
    }
}
