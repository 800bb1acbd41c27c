package org.citizenservices.host.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;

/**
 * Jetty's {@link ForwardedRequestCustomizer} — client address and scheme from {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} — applied only to requests whose connection comes from a {@link TrustedProxies trusted
 * proxy}. Of an {@code X-Forwarded-For} chain the client is the right-most address that is not itself a trusted
 * proxy: everything left of it was written by someone no proxy of ours vouches for. The RFC 7239 {@code Forwarded}
 * header is not believed at all: the proxies we document send the {@code X-Forwarded-*} ones.
 */
final class TrustedForwarding implements HttpConfiguration.Customizer {

    private final TrustedProxies proxies;
    private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();

    TrustedForwarding(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        if (!fromTrustedProxy(request)) {
            return request;
        }
        HttpFields.Mutable headers = HttpFields.build(request.getHeaders());
        headers.remove(HttpHeader.FORWARDED);
        String client = client(request.getHeaders().getValuesList(HttpHeader.X_FORWARDED_FOR));
        if (client == null) {
            headers.remove(HttpHeader.X_FORWARDED_FOR);
        } else {
            headers.put(HttpHeader.X_FORWARDED_FOR, client);
        }
        HttpFields believed = headers.asImmutable();
        return forwarded.customize(new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return believed;
            }
        }, responseHeaders);
    }

    private boolean fromTrustedProxy(Request request) {
        SocketAddress peer = request.getConnectionMetaData().getRemoteSocketAddress();
        return peer instanceof InetSocketAddress inet && inet.getAddress() != null
                && proxies.contains(inet.getAddress());
    }

    /** The right-most address of the chain that is not a trusted proxy (or the left-most, if all are). */
    String client(List<String> headerValues) {
        String[] hops = String.join(",", headerValues).split(",");
        String last = null;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                continue;
            }
            last = hop;
            if (!proxies.contains(hop)) {
                return hop;
            }
        }
        return last;
    }
}
