package org.citizenservices.host.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesTest {

    @Test
    void ranges_ofBothFamilies_containTheirAddressesOnly() {
        TrustedProxies proxies = TrustedProxies.parse("10.1.0.0/16, 192.168.7.9, fd00::/8");

        assertThat(proxies.contains("10.1.200.3")).isTrue();
        assertThat(proxies.contains("10.2.0.1")).isFalse();
        assertThat(proxies.contains("192.168.7.9")).isTrue();
        assertThat(proxies.contains("192.168.7.10")).isFalse();
        assertThat(proxies.contains("fd12::1")).isTrue();
        assertThat(proxies.contains("[fd12::1]")).isTrue();
        assertThat(proxies.contains("fe80::1")).isFalse();
        assertThat(proxies.contains("evil.example")).isFalse();
    }

    @Test
    void theDefault_isLoopbackOnly() {
        TrustedProxies loopback = TrustedProxies.parse(TrustedProxies.DEFAULT);
        assertThat(loopback.contains("127.0.0.1")).isTrue();
        assertThat(loopback.contains("::1")).isTrue();
        assertThat(loopback.contains("10.0.0.1")).isFalse();
    }

    @Test
    void aPrefixThatIsNotOnAByteBoundary_isMasked() {
        TrustedProxies proxies = TrustedProxies.parse("172.16.0.0/12");
        assertThat(proxies.contains("172.31.255.255")).isTrue();
        assertThat(proxies.contains("172.32.0.0")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " , ", "proxy.example", "10.0.0.0/33", "::1/129", "10.0.0.0/x", "300.1.1.1"})
    void somethingElse_isRefusedWithAMessage(String text) {
        assertThatThrownBy(() -> TrustedProxies.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("range");
    }

    @Test
    void theClientOfAChain_isTheRightMostAddressNoTrustedProxyWrote() {
        TrustedForwarding forwarding = new TrustedForwarding(TrustedProxies.parse("10.0.0.0/8"));

        // a client wrote "6.6.6.6" itself; our proxy appended the address it saw
        assertThat(forwarding.client(List.of("6.6.6.6, 203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(forwarding.client(List.of("203.0.113.7, 10.0.0.2", "10.0.0.3"))).isEqualTo("203.0.113.7");
        assertThat(forwarding.client(List.of("10.0.0.2"))).isEqualTo("10.0.0.2");
        assertThat(forwarding.client(List.of())).isNull();
    }
}
