package org.citizenservices.it;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.citizenservices.it.support.DemoApps;
import org.citizenservices.it.support.DemoPracticeHost;
import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PatientApiCalls.Answer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messaging routes of the patient API on the real host with the demo practice: Jane writes to reception, her
 * conversation lists and reads back as text; recipients come with the not-for-urgent-matters notice; a proxy
 * without MESSAGING registered (Jane for Sam) → 403; another session's conversation and bad input are refused with
 * nothing stored.
 */
class MessagesApiIT {

    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.withModule("messaging", Layout.messagingJar());
    static final DemoApps apps = demo.apps();

    @Test
    void janeWritesToReception_andReadsHerConversationBackAsText() throws Exception {
        Answer recipients = apps.call("GET", "/patients/" + apps.jane() + "/message-recipients", apps.janeToken(),
                null);
        assertThat(recipients.status()).as(recipients.detail()).isEqualTo(200);
        assertThat(recipients.body().get("notice").asText()).contains("111").contains("999");
        String reception = recipients.body().get("recipients").get(0).get("recipientId").asText();
        assertThat(recipients.body().get("recipients").get(0).get("name").asText()).isEqualTo("Reception");

        Answer started = apps.call("POST", "/patients/" + apps.jane() + "/messages", apps.janeToken(),
                "{\"subject\":\"Sick note\","
                + "\"body\":\"<script>alert(1)</script> Could I have a sick note?\",\"recipientId\":\"" + reception
                + "\"}");

        assertThat(started.status()).as(started.detail()).isEqualTo(201);
        String threadId = started.body().get("threadId").asText();
        assertThat(started.body().get("messages").get(0).get("body").asText())
                .isEqualTo("<script>alert(1)</script> Could I have a sick note?");
        assertThat(started.body().get("messages").get(0).get("from").asText()).isEqualTo("PATIENT");
        Answer replied = apps.call("POST", "/patients/" + apps.jane() + "/messages/" + threadId, apps.janeToken(),
                "{\"body\":\"It is for my employer.\"}");
        assertThat(replied.status()).isEqualTo(201);
        assertThat(replied.body().get("messages")).hasSize(2);

        Answer threads = apps.call("GET", "/patients/" + apps.jane() + "/messages", apps.janeToken(), null);
        assertThat(threads.body().get("threads")).anySatisfy(t -> {
            assertThat(t.get("threadId").asText()).isEqualTo(threadId);
            assertThat(t.get("recipient").asText()).isEqualTo("Reception");
        });
        assertThat(apps.call("PUT", "/patients/" + apps.jane() + "/messages/" + threadId + "/read", apps.janeToken(),
                null).status())
                .isEqualTo(200);
    }

    @Test
    void aProxyWithoutMessagingRegistered_isRefused_403() throws Exception {
        assertThat(apps.call("GET", "/patients/" + apps.sam() + "/messages", apps.janeToken(),
                null).status()).isEqualTo(403);
        assertThat(apps.call("POST", "/patients/" + apps.sam() + "/messages", apps.janeToken(),
                "{\"subject\":\"x\",\"body\":\"y\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void anotherPatientsConversation_isA404() throws Exception {
        String threadId = apps.call("POST", "/patients/" + apps.jane() + "/messages", apps.janeToken(),
                "{\"subject\":\"Private\",\"body\":\"Only mine\"}").body().get("threadId").asText();

        assertThat(apps.call("GET", "/patients/" + apps.arthur() + "/messages/" + threadId, apps.carolToken(),
                null).status())
                .isEqualTo(404);
        assertThat(apps.call("POST", "/patients/" + apps.arthur() + "/messages/" + threadId, apps.carolToken(),
                "{\"body\":\"hi\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void badInput_isA400_andNothingIsStored() throws Exception {
        int before = apps.call("GET", "/patients/" + apps.arthur() + "/messages", apps.carolToken(),
                null).body().get("threads").size();
        for (String body : List.of("{", "{\"subject\":\"x\"}", "{\"subject\":\"\",\"body\":\"y\"}",
                "{\"subject\":\"x\",\"body\":5}", "{\"subject\":\"" + "x".repeat(151) + "\",\"body\":\"y\"}")) {
            assertThat(apps.call("POST", "/patients/" + apps.arthur() + "/messages", apps.carolToken(),
                    body).status()).as(body)
                    .isEqualTo(400);
        }
        assertThat(apps.call("POST", "/patients/" + apps.arthur() + "/messages", apps.carolToken(),
                "{\"subject\":\"x\",\"body\":\"y\",\"recipientId\":\"999999\"}").status()).isEqualTo(404);
        assertThat(apps.call("GET", "/patients/" + apps.arthur() + "/messages", apps.carolToken(),
                null).body().get("threads").size())
                .isEqualTo(before);
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Uploads {@code content} as the multipart part {@code file}, as an app would. */
    static java.net.http.HttpResponse<String> upload(String path, String token, String fileName, String type,
                                                      byte[] content) throws Exception {
        return send(demo.host().port(), "/api/v1" + path, token, fileName, type, content);
    }

    /** Uploads {@code content} as the multipart part {@code file} to the host on {@code port}. */
    static java.net.http.HttpResponse<String> send(int port, String path, String token, String fileName, String type,
                                                   byte[] content) throws Exception {
        String boundary = "----citizen" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPdf_isAttachedAndOpens_aDisguisedFileIsRefused_andSoIsAnOversizedOne() throws Exception {
        String threadId = apps.call("POST", "/patients/" + apps.jane() + "/messages", apps.janeToken(),
                "{\"subject\":\"Letter\",\"body\":\"The hospital letter is attached.\"}").body().get("threadId")
                .asText();
        String path = "/patients/" + apps.jane() + "/messages/" + threadId + "/attachments";

        var added = upload(path, apps.janeToken(), "hospital letter.pdf", "application/pdf", PDF);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        com.fasterxml.jackson.databind.JsonNode attachment = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(added.body());
        assertThat(attachment.get("contentType").asText()).isEqualTo("application/pdf");
        var file = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + demo.host().port() + "/api/v1/patients/" + apps.jane()
                                + "/attachments/" + attachment.get("attachmentId").asText()))
                .header("Authorization", "Bearer " + apps.janeToken()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(apps.call("GET", "/patients/" + apps.jane() + "/messages/" + threadId, apps.janeToken(),
                null).body().get("messages")
                .get(0).get("attachments").get(0).get("fileName").asText()).isEqualTo("hospital-letter.pdf");

        // an HTML page named and declared as a PDF is still an HTML page
        assertThat(upload(path, apps.janeToken(), "invoice.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes()).statusCode()).isEqualTo(415);
        byte[] big = new byte[5 * 1024 * 1024 + 100];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(upload(path, apps.janeToken(), "big.pdf", "application/pdf", big).statusCode()).isEqualTo(413);
        assertThat(apps.call("POST", path, apps.janeToken(), "{\"file\":\"JVBERi0=\"}").status()).isEqualTo(400);
        // another patient's app cannot open it
        assertThat(apps.call("GET", "/patients/" + apps.arthur() + "/attachments/"
                + attachment.get("attachmentId").asText(),
                apps.carolToken(), null).status()).isEqualTo(404);
        assertThat(apps.call("GET", "/patients/" + apps.jane() + "/messages/" + threadId, apps.janeToken(),
                null).body().get("messages")
                .get(0).get("attachments")).hasSize(1);
    }
}
