package org.citizenservices.it;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.citizenservices.it.support.DemoApps;
import org.citizenservices.it.support.DemoPracticeHost;
import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.it.support.Layout;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upload limits on the patient API, on the real host with the default limits (5 MiB a file, 10 MiB a message): a
 * request declaring too much is refused from its Content-Length before its body is sent, a chunked one is stopped
 * by counting, a program named .pdf is refused by its content, a message's files stop at 10 MiB together, files
 * within the limits are stored — and after every refusal nothing of the refused file is.
 */
class UploadLimitsApiIT {

    static final int MIB = 1024 * 1024;

    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.withModule("messaging", Layout.messagingJar());
    static final DemoApps apps = demo.apps();

    @Test
    void oversizeOrWrongType_isRefusedEarly_withNothingStored_andFilesWithinTheLimitsAreStored() throws Exception {
        String threadId = apps.call("POST", "/patients/" + apps.jane() + "/messages", apps.janeToken(),
                "{\"subject\":\"Scans\",\"body\":\"My scans are attached.\"}").body().get("threadId").asText();
        String path = "/api/v1/patients/" + apps.jane() + "/messages/" + threadId + "/attachments";

        // declared too large: the answer comes before the body is sent (the socket would time out otherwise)
        String declared = exchange(path, "Content-Length: " + (6 * MIB), null, 0);
        assertThat(status(declared)).isEqualTo(413);
        assertThat(declared).contains("A file is at most 5 MiB.");

        // chunked, no length declared: stopped by counting once it passes the limit
        String chunked = exchange(path, "Transfer-Encoding: chunked", png(6 * MIB), 64 * 1024);
        assertThat(status(chunked)).isEqualTo(413);

        // a program named letter.pdf and declared as a PDF is still a program
        byte[] program = ("MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode.")
                .getBytes(StandardCharsets.ISO_8859_1);
        var wrongType = MessagesApiIT.send(demo.host().port(), path, apps.janeToken(), "letter.pdf", "application/pdf",
                program);
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.body()).contains("PNG or JPEG").contains("PDF");

        // within the limits: two files of 4.5 MiB; a third would take the message over 10 MiB
        assertThat(MessagesApiIT.send(demo.host().port(), path, apps.janeToken(), "scan1.png", "image/png",
                png(9 * MIB / 2))
                .statusCode()).isEqualTo(201);
        assertThat(MessagesApiIT.send(demo.host().port(), path, apps.janeToken(), "scan2.png",
                "application/octet-stream",
                png(9 * MIB / 2)).statusCode()).isEqualTo(201);
        var third = MessagesApiIT.send(demo.host().port(), path, apps.janeToken(), "scan3.png", "image/png",
                png(2 * MIB));
        assertThat(third.statusCode()).isEqualTo(413);
        assertThat(third.body()).contains("at most 10 MiB together");

        JsonNode attachments = apps.call("GET", "/patients/" + apps.jane() + "/messages/" + threadId, apps.janeToken(),
                null).body()
                .get("messages").get(0).get("attachments");
        assertThat(attachments).extracting(a -> a.get("fileName").asText()).containsExactly("scan1.png", "scan2.png");
        assertThat(attachments).allSatisfy(a -> assertThat(a.get("contentType").asText()).isEqualTo("image/png"));
    }

    /** A PNG's signature and header, padded to {@code size} bytes. */
    static byte[] png(int size) {
        byte[] png = new byte[size];
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(head, 0, png, 0, head.length);
        return png;
    }

    /**
     * A multipart upload over a plain socket, so the test decides what is declared and what is sent: the headers
     * with {@code framing}, then — when {@code file} is given — the body in chunks of {@code chunk} bytes, for as
     * long as the server reads. Answers what the server said.
     */
    static String exchange(String path, String framing, byte[] file, int chunk) throws IOException {
        String boundary = "----limits" + System.nanoTime();
        try (Socket socket = new Socket("localhost", demo.host().port())) {
            // well below the server's idle timeout: an answer that waits for the body it was told of is too late
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + apps.janeToken()
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\n" + framing
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (file != null) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                        + " filename=\"big.png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes(file);
                body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                byte[] all = body.toByteArray();
                try {
                    for (int at = 0; at < all.length; at += chunk) {
                        int n = Math.min(chunk, all.length - at);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(all, at, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException stoppedReading) {
                    // the server answered and closed before the whole body was sent: read what it said
                }
            }
            return response(socket.getInputStream());
        }
    }

    /** The response's head and its body of the declared length — without waiting for the server to hang up. */
    private static String response(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return text + new String(body, StandardCharsets.UTF_8);
    }

    private static int status(String response) {
        assertThat(response).as("an HTTP response").startsWith("HTTP/1.1 ");
        return Integer.parseInt(response.substring(9, 12));
    }
}
