package org.citizenservices.host.nhslogin;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * NHS login as its discovery document describes it ({@code ISSUER/.well-known/openid-configuration}): endpoints and
 * the signing keys at its {@code jwks_uri}. Read on first use, not at start, so a node starts while NHS login is
 * unreachable; a failed read is tried again after a pause rather than on every request. The keys are cached and
 * fetched again when a token names a key id the cache does not hold (NHS login rotating its keys).
 */
public final class NhsLoginProvider {

    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final int TIMEOUT_MILLIS = 5000;

    private final NhsLoginSettings settings;
    private final Clock clock;
    private volatile Discovered discovered;
    private volatile Instant failedAt;

    private record Discovered(OIDCProviderMetadata metadata, JWKSource<SecurityContext> keys) {
    }

    public NhsLoginProvider(NhsLoginSettings settings, Clock clock) {
        if (!settings.on()) {
            throw new IllegalArgumentException("NHS login is off: no issuer");
        }
        this.settings = settings;
        this.clock = clock;
    }

    public NhsLoginSettings settings() {
        return settings;
    }

    /** @throws NhsLoginUnavailable when the discovery document cannot be read now */
    public OIDCProviderMetadata metadata() {
        return discovered().metadata();
    }

    /** @throws NhsLoginUnavailable when the discovery document cannot be read now */
    public JWKSource<SecurityContext> keys() {
        return discovered().keys();
    }

    private Discovered discovered() {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered != null) {
                return discovered;
            }
            if (failedAt != null && failedAt.plus(RETRY_AFTER).isAfter(clock.instant())) {
                throw new NhsLoginUnavailable("NHS login could not be reached a moment ago; try again shortly.");
            }
            try {
                // resolve() also checks that the document names the issuer we were given
                OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(
                        new Issuer(settings.issuer().toString()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
                discovered = new Discovered(metadata,
                        JWKSourceBuilder.create(metadata.getJWKSetURI().toURL()).retrying(true).build());
                failedAt = null;
                return discovered;
            } catch (GeneralException | IOException | IllegalArgumentException unreadable) {
                failedAt = clock.instant();
                throw new NhsLoginUnavailable("NHS login's settings at " + settings.issuer()
                        + " could not be read: " + unreadable.getMessage());
            }
        }
    }

    /** NHS login cannot be reached or described itself wrongly: the caller answers 503, never 500. */
    public static final class NhsLoginUnavailable extends RuntimeException {
        public NhsLoginUnavailable(String message) {
            super(message);
        }
    }
}
