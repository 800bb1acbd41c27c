package org.citizenservices.core.internal.apps;

import org.citizenservices.core.api.domain.InvalidValueException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The addresses a registered app may send people back to: absolute {@code https} URLs without a fragment, or
 * {@code http} on {@code localhost} while the app is being built. At most ten, each at most 190 characters, so
 * that all ten fit the column they are kept in (one per line, 2,000 characters).
 */
final class CallbackUrls {

    static final int MAX = 10;

    private CallbackUrls() {
    }

    static List<String> check(List<String> urls) {
        Set<String> checked = new LinkedHashSet<>();
        for (String url : urls == null ? List.<String>of() : urls) {
            String text = url == null ? "" : url.strip();
            if (!text.isEmpty()) {
                checked.add(checked(text));
            }
        }
        if (checked.size() > MAX) {
            throw new InvalidValueException("An app has at most " + MAX + " callback URLs.");
        }
        return new ArrayList<>(checked);
    }

    private static String checked(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("This is not a web address: " + shortened(text));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean local = host.equals("localhost") || host.equals("127.0.0.1");
        if (text.length() > 190 || uri.getFragment() != null || host.isEmpty()
                || !(scheme.equals("https") || scheme.equals("http") && local)) {
            throw new InvalidValueException("A callback URL is an https address without a #fragment (http only on "
                    + "localhost), of at most 190 characters: " + shortened(text));
        }
        return text;
    }

    private static String shortened(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
