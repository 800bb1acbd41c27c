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
        assertThat(paths.path("/patients/{patientLinkId}/online-consultations/{requestId}/photo").has("post"))
                .isTrue();
    }

    @Test
    void janeSendsAPhotoWithAMedicalRequest_andOpensIt_butNotWithAnAdminOne(DemoCitizen jane) throws Exception {
        PatientApi api = jane.api();
        long medical = api.post("online-consultations", request("MEDICAL", null, "A rash on my hands",
                NO_RED_FLAGS)).expect(201).json().path("id").asLong();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);

        // the type is read from the bytes, not from what the app says or the name
        api.upload("online-consultations/" + medical + "/photo", "rash.png", "image/png",
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).expect(415);
        JsonNode added = api.upload("online-consultations/" + medical + "/photo", "IMG_0001.jpg", "image/jpeg",
                png.toByteArray()).expect(201).json();
        assertThat(added.path("contentType").asText()).isEqualTo("image/png");
        assertThat(api.get("online-consultations").expect(200).json().path("consultations"))
                .filteredOn(c -> c.path("id").asLong() == medical).singleElement()
                .satisfies(c -> assertThat(c.path("photo").path("size").asLong()).isEqualTo(png.size()));
        assertThat(api.download("online-consultations/" + medical + "/photo")).isEqualTo(png.toByteArray());
        api.upload("online-consultations/" + medical + "/photo", "again.png", "image/png", png.toByteArray())
                .expect(409);

        long admin = api.post("online-consultations", request("ADMIN", "LETTER", "A letter for the gym",
                NO_RED_FLAGS)).expect(201).json().path("id").asLong();
        api.upload("online-consultations/" + admin + "/photo", "rash.png", "image/png", png.toByteArray())
                .expect(409);
        api.get("online-consultations/" + admin + "/photo").expect(404);
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
            answerNoToTheScreen(browser, wait);
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

    @Test
    void janeSendsAMedicalRequestWithAPhoto_inThePortal(ModuleHost host, DemoCitizen jane) throws Exception {
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("rash", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        WebDriver browser = Browsers.headlessChromium();
        try {
            jane.signIn(browser);
            browser.get(host.uri("online-consultations").toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> d.findElement(By.id("consultation-screen")));
            answerNoToTheScreen(browser, wait);
            browser.findElement(By.id("consultation-kind")).findElements(By.tagName("vaadin-radio-button")).get(1)
                    .click();
            wait.until(d -> d.findElement(By.id("consultation-photo-box")).isDisplayed());
            assertThat(browser.findElement(By.id("consultation-photo-rules")).getText()).contains("PNG or JPEG");
            browser.findElement(By.id("consultation-description")).findElement(By.tagName("textarea"))
                    .sendKeys("A rash on my hands since the weekend");
            // before a file is chosen: once it has its one file, the box greys its drop label out as inactive
            assertThat(new AxeAudit().check(browser, "online-consultations-photo").blocking()).isEmpty();
            browser.findElement(By.id("consultation-photo")).getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]")).sendKeys(photo.toAbsolutePath().toString());
            wait.until(d -> d.findElements(By.cssSelector("#consultation-photo vaadin-upload-file[complete]"))
                    .size() == 1);
            browser.findElement(By.id("consultation-send")).click();
            wait.until(d -> d.findElement(By.id("consultation-message")).getText().contains("was sent"));
            String reference = browser.findElement(By.id("consultation-message")).getText()
                    .replaceAll("(?s).*reference (\\d+).*", "$1");
            assertThat(browser.findElement(By.id("consultation-" + reference)).getText())
                    .contains("Medical request", "Sent (1 KB)");
            assertThat(browser.findElements(By.id("consultation-error-summary")))
                    .noneMatch(org.openqa.selenium.WebElement::isDisplayed);
        } finally {
            browser.quit();
            java.nio.file.Files.deleteIfExists(photo);
        }
    }

    /** Every national red-flag question answered no, then on to the request. */
    private static void answerNoToTheScreen(WebDriver browser, WebDriverWait wait) {
        for (String question : new String[] {"chest-pain", "breathing", "stroke", "bleeding", "self-harm"}) {
            answer(browser, question, "No");
        }
        browser.findElement(By.id("consultation-continue")).click();
        wait.until(d -> d.findElement(By.id("consultation-request")).isDisplayed());
    }

    private static void answer(WebDriver browser, String question, String choice) {
        browser.findElement(By.id("red-flag-" + question)).findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(b -> b.getText().equals(choice)).findFirst().orElseThrow().click();
    }
}
