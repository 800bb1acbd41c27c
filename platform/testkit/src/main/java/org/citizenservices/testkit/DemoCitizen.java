package org.citizenservices.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * Jane Demo of the demo practice (docs/demo-data.md), signed in: through an app linked with her registration letter
 * for the patient API, and on demand through the portal's sign-in page in a browser. She acts for herself (all
 * services, record level FULL) and, as proxy, for her son Sam and her daughter Lily.
 */
public final class DemoCitizen {

    public static final String NAME = "Jane Demo";
    public static final String PORTAL_USERNAME = "jane.demo";
    public static final String PORTAL_PASSWORD = "Portal-Demo-2026!";
    private static final String LETTER = "{\"accountId\":\"DEMO100001\",\"linkageKey\":\"Rv7Kq2Xm9Tz4Wp8L\","
            + "\"odsCode\":\"Y99999\",\"surname\":\"Demo\",\"dateOfBirth\":\"1985-03-14\"}";
    /** The demo's registered app ({@code demo-app} with its published secret), which links and opens sessions. */
    private static final String DEMO_APP = "Basic " + java.util.Base64.getEncoder().encodeToString(
            "demo-app:Demo-App-Secret-2026".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private final ModuleHost host;
    private final JsonNode session;

    private DemoCitizen(ModuleHost host, JsonNode session) {
        this.host = host;
        this.session = session;
    }

    static DemoCitizen janeDemo(ModuleHost host) {
        PatientApi anonymous = new PatientApi(host.port(), DEMO_APP, null);
        PatientApi.Answer linked = anonymous.call("POST", "/linkages", LETTER);
        linked.expect(201);
        String accessIdentity = linked.json().path("accessIdentity").asText();
        PatientApi.Answer opened = anonymous.call("POST", "/sessions",
                "{\"accessIdentity\":\"" + accessIdentity + "\"}");
        opened.expect(201);
        return new DemoCitizen(host, opened.json());
    }

    /** The patient API as Jane's app, for her own record: paths are relative to her patient link. */
    public PatientApi api() {
        return apiFor(NAME);
    }

    /** The patient API as Jane's app acting for one of her patients ({@code "Sam Demo"}, {@code "Lily Demo"}). */
    public PatientApi apiFor(String patientName) {
        for (JsonNode patient : session.path("patients")) {
            if (patient.path("name").asText().equals(patientName)) {
                return new PatientApi(host.port(), "Bearer " + sessionToken(), patient.path("patientLinkId").asText());
            }
        }
        throw new IllegalArgumentException(NAME + " does not act for " + patientName + ": " + session.path("patients"));
    }

    /** The session as {@code POST /sessions} answered it: token, patients, their links and services. */
    public JsonNode session() {
        return session;
    }

    public String sessionToken() {
        return session.path("sessionToken").asText();
    }

    /**
     * Signs Jane in on the portal's sign-in page and waits for her home page; then open your views by path
     * ({@code driver.get(host.uri("travel-vaccinations").toString())}). Use {@link Browsers#headlessChromium()}.
     */
    public void signIn(WebDriver driver) {
        driver.get(host.uri("sign-in").toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        type(wait, "sign-in-username", PORTAL_USERNAME);
        type(wait, "sign-in-password", PORTAL_PASSWORD);
        wait.until(d -> d.findElement(By.id("sign-in-button"))).click();
        wait.until(d -> !d.findElements(By.id("home-view")).isEmpty());
    }

    private static void type(WebDriverWait wait, String id, String text) {
        WebElement field = wait.until(d -> d.findElement(By.id(id)));
        WebElement input = wait.until(d -> field.findElement(By.cssSelector("input")));
        input.clear();
        input.sendKeys(text);
    }
}
