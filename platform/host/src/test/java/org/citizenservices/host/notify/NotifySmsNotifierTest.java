package org.citizenservices.host.notify;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text messages through GOV.UK Notify's own Java client, against a local stand-in for Notify's HTTP API that checks
 * what Notify checks — the call signed with the service's key — and keeps what it was sent.
 */
class NotifySmsNotifierTest {

    static final String SERVICE_ID = "2f4e6a1c-8b3d-4c5e-9f10-1a2b3c4d5e6f";
    static final String SECRET = "7c9e1a3b-5d7f-4a1b-8c2d-3e4f5a6b7c8d";
    static final String API_KEY = "citizen_services_test-" + SERVICE_ID + "-" + SECRET;
    static final String TEMPLATE = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    record Received(String path, boolean signed, String body) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile int status = 201;
    HttpServer notify;

    @BeforeEach
    void standIn() throws Exception {
        notify = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        notify.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            received.add(new Received(exchange.getRequestURI().getPath(), signedByTheService(authorization), body));
            byte[] answer = ("{\"id\":\"11111111-2222-4333-8444-555555555555\",\"reference\":\"citizen-services\","
                    + "\"content\":{\"body\":\"sent\",\"from_number\":\"GPSURGERY\"},"
                    + "\"template\":{\"id\":\"" + TEMPLATE + "\",\"version\":1,\"uri\":\"http://x/t\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        notify.start();
    }

    @AfterEach
    void stop() {
        notify.stop(0);
    }

    @Test
    void aCitizenWhoPrefersText_getsATextMessageSignedWithTheServicesKey() {
        CitizenNotifier notifier = CitizenNotifier.configured(settings());

        var channel = notifier.notify(new CitizenContact("DEMO100001", "Jane Demo", "jane@example.com",
                "07700900001", "SMS"), "You have a new message from your GP practice.");

        assertThat(channel).contains("SMS");
        assertThat(received).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/v2/notifications/sms");
            assertThat(call.signed()).as("signed with the service's secret").isTrue();
            assertThat(call.body()).contains("\"phone_number\":\"07700900001\"").contains(TEMPLATE)
                    .contains("You have a new message from your GP practice.");
        });
    }

    @Test
    void aCitizenWhoPrefersEmail_isLeftToTheNextNotifier() {
        var channel = CitizenNotifier.configured(settings()).notify(new CitizenContact("DEMO100001", "Jane Demo",
                "jane@example.com", "07700900001", "EMAIL"), "You have a new message from your GP practice.");

        assertThat(channel).contains("LOG");
        assertThat(received).isEmpty();
    }

    @Test
    void whenNotifyRefuses_nothingCountsAsSent_soTheOutboxTriesAgain() {
        status = 500;
        var channel = CitizenNotifier.configured(settings()).notify(new CitizenContact("DEMO100001", "Jane Demo",
                null, "07700900001", "SMS"), "You have a new message from your GP practice.");

        assertThat(channel).isEmpty();
        assertThat(received).hasSize(1);
    }

    @Test
    void aCodeThatConfirmsAMobileNumber_goesByTextToThatNumber_whateverThePreference() {
        ContactCodes codes = new ContactCodes(CitizenNotifier.configured(settings()));
        assertThat(codes.canSend(org.citizenservices.core.api.vua.ContactChannel.SMS)).isTrue();
        assertThat(codes.canSend(org.citizenservices.core.api.vua.ContactChannel.EMAIL)).as("no SMTP server").isFalse();

        boolean sent = codes.send(new org.citizenservices.core.api.vua.ContactConfirmations.CodeToSend("DEMO100002",
                "Carol Carer", org.citizenservices.core.api.vua.ContactChannel.SMS, "07700900002", "482913"));

        assertThat(sent).isTrue();
        assertThat(received).singleElement().satisfies(call -> assertThat(call.body())
                .contains("\"phone_number\":\"07700900002\"").contains("482913"));
    }

    private Properties settings() {
        Properties settings = new Properties();
        settings.setProperty("notify.api-key", API_KEY);
        settings.setProperty("notify.sms-template-id", TEMPLATE);
        settings.setProperty("notify.base-url", "http://127.0.0.1:" + notify.getAddress().getPort());
        return settings;
    }

    /** A JWT (HS256) whose issuer is the service and whose signature the service's secret makes. */
    private static boolean signedByTheService(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
            String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return expected.equals(parts[2]) && claims.contains("\"iss\":\"" + SERVICE_ID + "\"");
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }
}
