package org.citizenservices.consultations.internal;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged module in the real host, on a Monday morning of practice time: hot-deployed from the deploy folder,
 * offered by the demo practice to Jane and to her proxy association with Sam, used through the patient API and in the
 * portal.
 */
@CitizenServicesTest(practiceTime = "2026-12-07T10:00")
class OnlineConsultationsIT {

    private static final String NO_RED_FLAGS = "{\"chest-pain\":false,\"breathing\":false,\"stroke\":false,"
            + "\"bleeding\":false,\"self-harm\":false}";

    private static String request(String kind, String adminType, String description, String redFlags) {
        return "{\"kind\":\"" + kind + "\"," + (adminType == null ? "" : "\"adminType\":\"" + adminType + "\",")
                + "\"description\":\"" + description + "\",\"redFlags\":" + redFlags + "}";
    }

    @Test
    void theModuleStarts_andItsRoutesAreInTheOpenApiDocument(ModuleHost host, DemoCitizen jane) {
        assertThat(host.module()).hasValueSatisfying(m -> assertThat(m.state().name()).isEqualTo("ACTIVE"));
        JsonNode paths = jane.api().call("GET", "/openapi.json", null).expect(200).json().path("paths");
        assertThat(paths.has("/patients/{patientLinkId}/online-consultations/form")).isTrue();
        assertThat(paths.has("/patients/{patientLinkId}/online-consultations")).isTrue();
    }

    @Test
    void aYes_isA422WithTheUrgentCareAdvice_andAMissingAnswerA400(DemoCitizen jane) {
        PatientApi api = jane.api();
        assertThat(api.get("online-consultations/form").expect(200).json().path("open").asBoolean()).isTrue();

        PatientApi.Answer urgent = api.post("online-consultations", request("MEDICAL", null, "Heavy bleeding",
                NO_RED_FLAGS.replace("\"bleeding\":false", "\"bleeding\":true"))).expect(422);
        assertThat(urgent.json().path("type").asText()).isEqualTo("urn:citizen-services:problem:urgent-care");
        assertThat(urgent.detail()).contains("999", "111");

        PatientApi.Answer unanswered = api.post("online-consultations", request("MEDICAL", null, "Earache",
                "{\"chest-pain\":false}")).expect(400);
        assertThat(unanswered.detail()).contains("4 are not answered");
    }

    @Test
    void janeAsksForAFitNote_andForSam_asHisMother(DemoCitizen jane) {
        PatientApi.Answer sent = jane.api().post("online-consultations", request("ADMIN", "FIT_NOTE",
                "A fit note for my flu last week", NO_RED_FLAGS)).expect(201);
        assertThat(sent.json().path("status").asText()).isEqualTo("RECEIVED");
        assertThat(jane.api().get("online-consultations").expect(200).json().path("consultations"))
                .extracting(c -> c.path("description").asText()).contains("A fit note for my flu last week");

        PatientApi.Answer forSam = jane.apiFor("Sam Demo").post("online-consultations", request("MEDICAL", null,
                "A rash on his arms since Tuesday", NO_RED_FLAGS)).expect(201);
        assertThat(forSam.json().path("sentBy").asText()).isEqualTo("Jane Demo (mother)");
        // Lily's association registers appointments only (docs/demo-data.md)
        jane.apiFor("Lily Demo").get("online-consultations/form").expect(403);
    }

    /** Public-sector health services must meet WCAG 2.2 AA: axe-core finds nothing serious on the page. */
    @Test
    void janeAsksInThePortal_afterTheRedFlagQuestions_onAnAccessiblePage(ModuleHost host, DemoCitizen jane) {
        WebDriver browser = Browsers.headlessChromium();
        try {
            jane.signIn(browser);
            browser.get(host.uri("online-consultations").toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> d.findElement(By.id("consultation-screen")));
            AxeAudit axe = new AxeAudit();
            assertThat(axe.check(browser, "online-consultations").blocking()).isEmpty();

            browser.findElement(By.id("consultation-continue")).click();
            wait.until(d -> d.findElement(By.id("consultation-error-summary")).isDisplayed());
            assertThat(browser.findElement(By.id("consultation-error-summary")).getText())
                    .contains("5 are not answered");
            for (String question : new String[] {"chest-pain", "breathing", "stroke", "bleeding", "self-harm"}) {
                answer(browser, question, "No");
            }
            browser.findElement(By.id("consultation-continue")).click();
            wait.until(d -> d.findElement(By.id("consultation-request")).isDisplayed());
            browser.findElement(By.id("consultation-kind")).findElements(By.tagName("vaadin-radio-button")).get(0)
                    .click();
            wait.until(d -> d.findElement(By.id("consultation-admin-type")).isDisplayed());
            browser.findElement(By.id("consultation-admin-type")).click();
            wait.until(d -> d.findElement(By.xpath("//vaadin-select-item[contains(., 'A letter')]"))).click();
            browser.findElement(By.id("consultation-description")).findElement(By.tagName("textarea"))
                    .sendKeys("A letter saying I can go back to the gym");
            assertThat(axe.check(browser, "online-consultations-request").blocking()).isEmpty();
            browser.findElement(By.id("consultation-send")).click();
            wait.until(d -> d.findElement(By.id("consultation-message")).getText().contains("was sent"));
            assertThat(browser.findElement(By.id("consultations-sent")).getText())
                    .contains("A letter from the practice", "Received");
        } finally {
            browser.quit();
        }
    }

    private static void answer(WebDriver browser, String question, String choice) {
        browser.findElement(By.id("red-flag-" + question)).findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(b -> b.getText().equals(choice)).findFirst().orElseThrow().click();
    }
}
