package org.citizenservices.host.web;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The headers and the forwarded-address rule on a real Jetty, through real HTTP from loopback. */
class SecurityHeadersTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private Server server;

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void everyResponse_carriesTheHeaders_andTheApiIsNeverCached() throws Exception {
        int port = start(null);

        HttpResponse<String> page = get(port, "/appointments", null, null);
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().firstValue("Cache-Control")).isEmpty();

        assertThat(get(port, "/api/v1/patients/x/record", null, null).headers().firstValue("Cache-Control"))
                .contains("no-store");
        assertThat(get(port, "/api/v1/openapi.json", null, null).headers().firstValue("Cache-Control")).isEmpty();
    }

    @Test
    void behindATrustedProxy_theForwardedClientAndSchemeAreBelieved() throws Exception {
        int port = start(TrustedProxies.parse(TrustedProxies.DEFAULT));

        HttpResponse<String> response = get(port, "/", "6.6.6.6, 203.0.113.7", "https");

        assertThat(response.body()).isEqualTo("203.0.113.7 secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).contains(SecurityHeaders.HSTS);
    }

    @Test
    void fromAnUntrustedPeer_forwardedHeadersAreIgnored() throws Exception {
        int port = start(TrustedProxies.parse("10.0.0.0/8"));

        HttpResponse<String> response = get(port, "/", "203.0.113.7", "https");

        assertThat(response.body()).isEqualTo("127.0.0.1 plain");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private int start(TrustedProxies proxies) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        if (proxies != null) {
            connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration()
                    .addCustomizer(new TrustedForwarding(proxies));
        }
        server.addConnector(connector);
        SecurityHeaders headers = new SecurityHeaders();
        headers.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                String who = Request.getRemoteAddr(request) + (request.isSecure() ? " secure" : " plain");
                response.write(true, java.nio.ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        server.setHandler(headers);
        server.start();
        return connector.getLocalPort();
    }

    private HttpResponse<String> get(int port, String path, String forwardedFor, String proto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (proto != null) {
            request.header("X-Forwarded-Proto", proto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
