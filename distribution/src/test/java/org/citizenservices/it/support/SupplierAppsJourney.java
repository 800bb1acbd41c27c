package org.citizenservices.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supplier's administrator, signed in, registers a citizen app in the supplier pages and passes its credentials
 * on; the API takes them at once. A bad callback URL is refused with the reason; a new secret replaces the old one
 * at once; revoking the app with a reason leaves its credentials refused. Each step as the API sees it too.
 */
public final class SupplierAppsJourney {

    private static final String NOT_REGISTERED = "not the credentials of a registered app";

    private final PortalPage page;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    public SupplierAppsJourney(PortalPage page, int port) {
        this.page = page;
        this.port = port;
    }

    public void run() throws Exception {
        page.click("supplier-apps-link");
        page.waitForView("supplier-apps-view");
        page.waitForText("apps-table", "No app is registered yet");
        page.type("app-add-name", "Riverside Health");
        page.type("app-add-contact", "not an address");
        page.click("app-add-submit");
        page.waitForText("apps-messages", "email address in the correct format");
        page.type("app-add-contact", "dev@riverside.example");
        page.click("app-add-submit");
        page.waitForView("app-credentials-dialog");
        String clientId = page.text("app-client-id").replace("Client id: ", "").strip();
        String secret = page.text("app-client-secret").replace("Client secret: ", "").strip();
        page.click("app-credentials-done");
        page.waitForRow("apps-table", "Riverside Health", clientId, "dev@riverside.example", "Live");
        assertThat(openSession(clientId, secret)).as("registered: the app is known, the identity is not")
                .contains("access identity is not known");

        page.click("app-callbacks-" + clientId);
        page.waitForView("app-callbacks-dialog");
        page.type("app-callbacks-urls", "http://riverside.example/back");
        page.click("app-callbacks-save");
        page.waitForText("app-callbacks-messages", "https address");
        page.type("app-callbacks-urls", "https://riverside.example/back");
        page.click("app-callbacks-save");
        page.waitForRow("apps-table", "Riverside Health", "https://riverside.example/back");

        page.click("app-rotate-" + clientId);
        page.waitForView("app-credentials-dialog");
        String renewed = page.text("app-client-secret").replace("Client secret: ", "").strip();
        page.click("app-credentials-done");
        assertThat(renewed).isNotEqualTo(secret);
        assertThat(openSession(clientId, secret)).contains(NOT_REGISTERED);
        assertThat(openSession(clientId, renewed)).contains("access identity is not known");

        page.click("app-revoke-" + clientId);
        page.waitForView("app-revoke-dialog");
        page.type("app-revoke-reason", "Stopped meeting the supplier's terms");
        page.click("app-revoke-confirm");
        page.waitForRow("apps-table", "Riverside Health", "Revoked");
        assertThat(openSession(clientId, renewed)).contains(NOT_REGISTERED);
    }

    /** {@code POST /sessions} with a made-up identity: which 401 it gets says whether the app is known. */
    private String openSession(String clientId, String secret) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/sessions")).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"accessIdentity\":\"made-up\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(401);
        return answer.body();
    }
}
