package org.citizenservices.it;

import org.citizenservices.it.support.TestDatabases;
import org.citizenservices.host.CitizenServicesHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One address trying account IDs at speed is slowed to the steady rate with 429 and Retry-After. */
class PatientApiRateLimitIT {

    @TempDir
    static Path dir;
    static CitizenServicesHost host;

    @BeforeAll
    static void start() throws Exception {
        host = CitizenServicesHost.start(TestDatabases.hostOptions(dir, true));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void givenManyLinkageAttemptsFromOneAddress_thenAfterTheBurstTheyAre429WithRetryAfter() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String body = "{\"accountId\":\"GUESS" + String.format("%05d", i) + "\",\"linkageKey\":\"Ab3Cd4Ef5Gh6Jk7M\","
                    + "\"odsCode\":\"Y99999\",\"surname\":\"Demo\",\"dateOfBirth\":\"1985-03-14\"}";
            answers.add(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + host.port() + "/api/v1/linkages"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", org.citizenservices.it.support.DemoLetters.APP_AUTHORIZATION)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        assertThat(answers.subList(0, 10)).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(401));
        List<HttpResponse<String>> limited = answers.stream().filter(a -> a.statusCode() == 429).toList();
        assertThat(limited).hasSizeGreaterThanOrEqualTo(14);
        assertThat(limited.get(0).headers().firstValue("Retry-After")).contains("2");
        assertThat(limited.get(0).body()).contains("\"status\":429");
        // the limited attempts never reached the account check
        assertThat(host.core().audit().withAction("LINKAGE_ATTEMPT", 100))
                .filteredOn(e -> e.accountId() != null && e.accountId().startsWith("GUESS"))
                .hasSize(answers.size() - limited.size());
    }
}
