package org.citizenservices.example.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.testkit.AxeAudit;
import org.citizenservices.testkit.Browsers;
import org.citizenservices.testkit.CitizenServicesTest;
import org.citizenservices.testkit.DemoCitizen;
import org.citizenservices.testkit.ModuleHost;
import org.citizenservices.testkit.PatientApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged module in the real host: hot-deployed from the deploy folder, its service offered by the demo
 * practice, used by Jane Demo through the patient API and in the portal.
 */
@CitizenServicesTest
class RequestsIT {

    @Test
    void theModuleStarts_andItsRouteIsInTheOpenApiDocument(ModuleHost host, DemoCitizen jane) {
        assertThat(host.module()).hasValueSatisfying(module -> {
            assertThat(module.id()).isEqualTo("travel-health");
            assertThat(module.state().name()).isEqualTo("ACTIVE");
        });
        JsonNode paths = jane.api().call("GET", "/openapi.json", null).expect(200).json().path("paths");
        assertThat(paths.has("/patients/{patientLinkId}/travel-health-requests")).isTrue();
    }

    @Test
    void janeSendsARequestThroughHerApp_andItIsStoredForHer(ModuleHost host, DemoCitizen jane) throws Exception {
        PatientApi api = jane.api();
        PatientApi.Answer sent = api.post("travel-health-requests", "{\"details\":\"Do I need a yellow fever jab?\"}")
                .expect(201);

        assertThat(sent.json().path("status").asText()).isEqualTo("RECEIVED");
        assertThat(api.get("travel-health-requests").expect(200).json().path("requests"))
                .extracting(r -> r.path("details").asText()).contains("Do I need a yellow fever jab?");
        try (Connection db = host.connect("travel-health".toUpperCase().replace('-', '_'));
             Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM CITIZEN_REQUEST")) {
            rows.next();
            assertThat(rows.getLong(1)).isPositive();
        }
    }

    @Test
    void aBlankRequest_isA422WithAMessage(DemoCitizen jane) {
        PatientApi.Answer refused = jane.api().post("travel-health-requests", "{\"details\":\"  \"}").expect(422);
        assertThat(refused.detail()).isEqualTo("Your request is required.");
    }

    @Test
    void forSam_whoseProxyHasNotBeenGivenThisService_theAnswerIs403(DemoCitizen jane) {
        // Jane acts for her son Sam with appointments and record only (docs/demo-data.md)
        jane.apiFor("Sam Demo").get("travel-health-requests").expect(403);
    }

    /** Public-sector health services must meet WCAG 2.2 AA: axe-core finds nothing serious on the page. */
    @Test
    void janeSendsARequestInThePortal_onAnAccessiblePage(ModuleHost host, DemoCitizen jane) {
        WebDriver browser = Browsers.headlessChromium();
        try {
            jane.signIn(browser);
            browser.get(host.uri("travel-health").toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            WebElement details = wait.until(d -> d.findElement(By.id("travel-health-details")))
                    .findElement(By.cssSelector("textarea"));
            AxeAudit axe = new AxeAudit();
            assertThat(axe.check(browser, "travel-health").blocking()).isEmpty();

            browser.findElement(By.id("travel-health-send")).click();
            wait.until(d -> d.findElement(By.id("travel-health-error-summary")).isDisplayed());
            assertThat(browser.findElement(By.id("travel-health-error-summary")).getText())
                    .contains("There is a problem", "Your request is required.");
            assertThat(axe.check(browser, "travel-health-error").blocking()).isEmpty();

            details.sendKeys("Can the nurse see me before I travel?");
            browser.findElement(By.id("travel-health-send")).click();
            wait.until(d -> d.findElement(By.id("travel-health-view")).getText()
                    .contains("Can the nurse see me before I travel?"));
            assertThat(browser.findElement(By.id("travel-health-error-summary")).isDisplayed()).isFalse();
        } finally {
            browser.quit();
        }
    }
}
