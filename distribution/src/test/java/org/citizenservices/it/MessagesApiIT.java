package org.citizenservices.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.host.CitizenServicesHost;
import org.citizenservices.host.HostOptions;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PatientApiCalls;
import org.citizenservices.it.support.PatientApiCalls.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citizenservices.it.support.PatientApiCalls.linkId;

/**
 * The messaging routes of the patient API on the real host with the demo practice: Jane writes to reception, her
 * conversation lists and reads back as text; recipients come with the not-for-urgent-matters notice; a proxy
 * without MESSAGING registered (Jane for Sam) → 403; another session's conversation and bad input are refused with
 * nothing stored.
 */
class MessagesApiIT {

    @TempDir
    static Path dir;
    static CitizenServicesHost host;
    static PatientApiCalls api;
    static String jane;
    static String self;
    static String sam;
    static String carol;
    static String arthur;

    @BeforeAll
    static void start() throws Exception {
        host = CitizenServicesHost.start(new HostOptions(0, dir.resolve("data"), dir.resolve("deploy"), true, 100));
        api = new PatientApiCalls(host.port());
        Layout.deploy(Layout.messagingJar(), host.options().deployDir());
        Health health = new Health(host.port());
        await().atMost(Duration.ofSeconds(30)).until(() -> health.stateOf("messaging").orElse("").equals("ACTIVE"));
        JsonNode janes = api.session(api.link(PatientApiIT.JANE_LETTER));
        jane = janes.get("sessionToken").asText();
        self = linkId(janes, "Jane Demo");
        sam = linkId(janes, "Sam Demo");
        JsonNode carols = api.session(api.link(AppointmentsApiIT.CAROL_LETTER));
        carol = carols.get("sessionToken").asText();
        arthur = linkId(carols, "Arthur Elder");
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void janeWritesToReception_andReadsHerConversationBackAsText() throws Exception {
        Answer recipients = api.call("GET", "/patients/" + self + "/message-recipients", jane, null);
        assertThat(recipients.status()).as(recipients.detail()).isEqualTo(200);
        assertThat(recipients.body().get("notice").asText()).contains("111").contains("999");
        String reception = recipients.body().get("recipients").get(0).get("recipientId").asText();
        assertThat(recipients.body().get("recipients").get(0).get("name").asText()).isEqualTo("Reception");

        Answer started = api.call("POST", "/patients/" + self + "/messages", jane, "{\"subject\":\"Sick note\","
                + "\"body\":\"<script>alert(1)</script> Could I have a sick note?\",\"recipientId\":\"" + reception
                + "\"}");

        assertThat(started.status()).as(started.detail()).isEqualTo(201);
        String threadId = started.body().get("threadId").asText();
        assertThat(started.body().get("messages").get(0).get("body").asText())
                .isEqualTo("<script>alert(1)</script> Could I have a sick note?");
        assertThat(started.body().get("messages").get(0).get("from").asText()).isEqualTo("PATIENT");
        Answer replied = api.call("POST", "/patients/" + self + "/messages/" + threadId, jane,
                "{\"body\":\"It is for my employer.\"}");
        assertThat(replied.status()).isEqualTo(201);
        assertThat(replied.body().get("messages")).hasSize(2);

        Answer threads = api.call("GET", "/patients/" + self + "/messages", jane, null);
        assertThat(threads.body().get("threads")).anySatisfy(t -> {
            assertThat(t.get("threadId").asText()).isEqualTo(threadId);
            assertThat(t.get("recipient").asText()).isEqualTo("Reception");
        });
        assertThat(api.call("PUT", "/patients/" + self + "/messages/" + threadId + "/read", jane, null).status())
                .isEqualTo(200);
    }

    @Test
    void aProxyWithoutMessagingRegistered_isRefused_403() throws Exception {
        assertThat(api.call("GET", "/patients/" + sam + "/messages", jane, null).status()).isEqualTo(403);
        assertThat(api.call("POST", "/patients/" + sam + "/messages", jane, "{\"subject\":\"x\",\"body\":\"y\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void anotherPatientsConversation_isA404() throws Exception {
        String threadId = api.call("POST", "/patients/" + self + "/messages", jane,
                "{\"subject\":\"Private\",\"body\":\"Only mine\"}").body().get("threadId").asText();

        assertThat(api.call("GET", "/patients/" + arthur + "/messages/" + threadId, carol, null).status())
                .isEqualTo(404);
        assertThat(api.call("POST", "/patients/" + arthur + "/messages/" + threadId, carol, "{\"body\":\"hi\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void badInput_isA400_andNothingIsStored() throws Exception {
        int before = api.call("GET", "/patients/" + arthur + "/messages", carol, null).body().get("threads").size();
        for (String body : List.of("{", "{\"subject\":\"x\"}", "{\"subject\":\"\",\"body\":\"y\"}",
                "{\"subject\":\"x\",\"body\":5}", "{\"subject\":\"" + "x".repeat(151) + "\",\"body\":\"y\"}")) {
            assertThat(api.call("POST", "/patients/" + arthur + "/messages", carol, body).status()).as(body)
                    .isEqualTo(400);
        }
        assertThat(api.call("POST", "/patients/" + arthur + "/messages", carol,
                "{\"subject\":\"x\",\"body\":\"y\",\"recipientId\":\"999999\"}").status()).isEqualTo(404);
        assertThat(api.call("GET", "/patients/" + arthur + "/messages", carol, null).body().get("threads").size())
                .isEqualTo(before);
    }
}
