package org.citizenservices.host.api;

import jakarta.servlet.http.HttpServletRequest;
import org.citizenservices.core.api.apps.CitizenApps;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The registered app a linkage or a new session comes from: HTTP Basic with the client id and secret the supplier
 * gave it. Checked before the body is read, so an unregistered caller learns nothing about the letter it sends.
 */
final class AppCredentials {

    private static final String HOW = "Send the app's registered client id and secret as HTTP Basic credentials "
            + "('Authorization: Basic <base64 of id:secret>').";

    private AppCredentials() {
    }

    static CitizenApps.App of(HttpServletRequest request, CitizenApps apps) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6) || header.length() > 400) {
            throw ApiException.unauthorized(HOW);
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw ApiException.unauthorized(HOW);
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            throw ApiException.unauthorized(HOW);
        }
        return apps.authenticate(pair.substring(0, colon), pair.substring(colon + 1)).orElseThrow(() ->
                ApiException.unauthorized("These are not the credentials of a registered app, or the app's "
                        + "registration has been revoked."));
    }
}
