package org.citizenservices.it;

import org.citizenservices.it.support.DistributionProcess;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.testkit.Browsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.Map;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built distribution's responses, each kind of them: a portal page, a static file of the front-end bundle,
 * {@code /health}, the patient API's document, success and problem — all with the security headers; the API never
 * cacheable where it carries patient data; and the portal page working in Chromium under its policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersIT {

    @TempDir
    static Path dir;
    DistributionProcess portal;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        portal = DistributionProcess.startIn(dir, "SecurityHeadersIT");
        new Health(portal.port()).deploy(Map.of("record", Layout.recordJar()), dir.resolve("deploy"));
    }

    @AfterAll
    void stop() throws Exception {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void everyKindOfResponse_carriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/sign-in", "/health", "/api/v1/openapi.json",
                "/api/v1/patients/nobody/record", "/no-such-page", staticFile()}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'")
                            .contains("object-src 'none'"));
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            // plain HTTP, no proxy: HSTS would be a promise this node cannot keep
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
        HttpResponse<String> problem = get("/api/v1/patients/nobody/record");
        assertThat(problem.statusCode()).isEqualTo(401);
        assertThat(problem.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void thePortal_worksInTheBrowserUnderItsPolicy() {
        ChromeDriver browser = Browsers.headlessChromium();
        try {
            org.citizenservices.it.support.PortalPage page =
                    new org.citizenservices.it.support.PortalPage(browser, portal.port());
            page.open("").waitForView("home-view");
            page.signIn("jane.demo", "Portal-Demo-2026!");
            page.open("record").waitForView("record-view");
            page.settle();
            assertThat(Browsers.contentSecurityPolicyViolations(browser)).isEmpty();
        } finally {
            browser.quit();
        }
    }

    /** A script of the pre-built front-end bundle, as the bootstrap page names it. */
    private String staticFile() throws Exception {
        String page = get("/").body();
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"\\.?/?(VAADIN/[^\"]+\\.js)\"")
                .matcher(page);
        assertThat(script.find()).as("the bootstrap page names a script of the bundle").isTrue();
        return "/" + script.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portal.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
