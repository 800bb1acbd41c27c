package org.citizenservices.host.portal.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a sign-in may send the browser next: a path of the portal's own, in the area of the one who signed in.
 * Anything that a browser could read as another site — {@code //evil}, {@code /\evil}, {@code https://evil},
 * {@code javascript:}, or a path with a tab or line break in it, which browsers drop, so that {@code /%09/evil}
 * becomes {@code //evil} — lands on the area's home page instead. Percent-encoded forms are checked as they would
 * decode, since a path may be decoded again on its way.
 */
public final class SafeRedirect {

    public static final String CITIZEN_HOME = "/";
    public static final String STAFF_HOME = "/practice";

    private SafeRedirect() {
    }

    /** A citizen's {@code next}: a portal path outside the practice area, else the home page. */
    public static String forCitizen(String next) {
        return isPortalPath(next) && !inStaffArea(next) ? next : CITIZEN_HOME;
    }

    /** A practice user's {@code next}: a path inside the practice area, else the practice home page. */
    public static String forStaff(String next) {
        return isPortalPath(next) && inStaffArea(next) ? next : STAFF_HOME;
    }

    /** Either area: a path of this portal, else the home page. */
    public static String anyArea(String next) {
        return isPortalPath(next) ? next : CITIZEN_HOME;
    }

    static boolean isPortalPath(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000) {
            return false;
        }
        String form = next;
        for (int decodings = 0; decodings < 4; decodings++) {
            if (!plainPath(form)) {
                return false;
            }
            String decoded = decode(form);
            if (decoded == null) {
                return false;
            }
            if (decoded.equals(form)) {
                return true;
            }
            form = decoded;
        }
        // encoded four times over is no link a page of ours makes
        return false;
    }

    private static boolean plainPath(String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || c == ':' || Character.isISOControl(c) || Character.isWhitespace(c)) {
                return false;
            }
        }
        return !path.contains("/../") && !path.endsWith("/..") && !path.contains("/./");
    }

    private static String decode(String path) {
        try {
            // '+' is a plus in a path, not a space
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static boolean inStaffArea(String path) {
        return path.equals(STAFF_HOME) || path.startsWith(STAFF_HOME + "/") || path.startsWith(STAFF_HOME + "?");
    }
}
