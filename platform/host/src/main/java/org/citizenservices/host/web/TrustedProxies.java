package org.citizenservices.host.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The address ranges whose forwarded headers the host believes ({@code --trusted-proxy CIDR[,CIDR]}): the proxies in
 * front of the nodes. Anyone else could write {@code X-Forwarded-For} themselves and pass for another client — and
 * the patient API's throttle counts per client address.
 */
public final class TrustedProxies {

    /** Loopback only: a proxy on the node's own machine. */
    public static final String DEFAULT = "127.0.0.0/8,::1/128";

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Range> ranges;
    private final String text;

    private TrustedProxies(List<Range> ranges, String text) {
        this.ranges = ranges;
        this.text = text;
    }

    /**
     * Parses {@code 10.0.0.0/8,192.168.1.5,fd00::/8}: address literals with an optional prefix length.
     *
     * @throws IllegalArgumentException naming the part that is not a range
     */
    public static TrustedProxies parse(String cidrs) {
        List<Range> ranges = new ArrayList<>();
        for (String part : cidrs.split(",")) {
            String cidr = part.strip();
            if (cidr.isEmpty()) {
                continue;
            }
            int slash = cidr.indexOf('/');
            byte[] network = literal(slash < 0 ? cidr : cidr.substring(0, slash), cidr);
            int prefix = slash < 0 ? network.length * 8 : prefixLength(cidr.substring(slash + 1), network.length * 8, cidr);
            ranges.add(new Range(network, prefix));
        }
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("--trusted-proxy needs at least one address range, e.g. 10.0.0.0/8");
        }
        return new TrustedProxies(List.copyOf(ranges), cidrs.strip());
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    /** Whether {@code address} (a literal as it appears in a header) is one of these proxies; false if no literal. */
    public boolean contains(String address) {
        try {
            return contains(InetAddress.getByAddress(literal(address, address)));
        } catch (IllegalArgumentException | UnknownHostException notAnAddress) {
            return false;
        }
    }

    @Override
    public String toString() {
        return text;
    }

    /** Only literals: a host name here would make every request wait for a DNS look-up. */
    private static byte[] literal(String address, String cidr) {
        String candidate = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        boolean v4 = candidate.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = candidate.contains(":") && candidate.toLowerCase(Locale.ROOT).matches("[0-9a-f:.]+");
        if (!v4 && !v6) {
            throw new IllegalArgumentException("Not an IP address range: '" + cidr + "'");
        }
        try {
            return InetAddress.getByName(candidate).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address range: '" + cidr + "'", e);
        }
    }

    private static int prefixLength(String text, int max, String cidr) {
        try {
            int prefix = Integer.parseInt(text);
            if (prefix >= 0 && prefix <= max) {
                return prefix;
            }
        } catch (NumberFormatException fallThrough) {
            // reported below with the whole range
        }
        throw new IllegalArgumentException("The prefix length of the range '" + cidr + "' must be 0 to " + max);
    }
}
