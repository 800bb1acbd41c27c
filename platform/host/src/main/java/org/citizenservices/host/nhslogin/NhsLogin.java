package org.citizenservices.host.nhslogin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * NHS login on this node, as configured: the provider whose tokens the FHIR API accepts and, with our key, the
 * portal's sign-in client. Nothing here is built when NHS login is off.
 */
public record NhsLogin(NhsLoginProvider provider, NhsLoginTokens tokens, Optional<NhsLoginClient> client) {

    private static final Logger LOG = LoggerFactory.getLogger(NhsLogin.class);

    /** {@code publicUrl}: the portal's address, under which NHS login's callback lies. */
    public static Optional<NhsLogin> of(NhsLoginSettings settings, String publicUrl, Clock clock) {
        if (!settings.on()) {
            return Optional.empty();
        }
        NhsLoginProvider provider = new NhsLoginProvider(settings, clock);
        Optional<NhsLoginClient> client = settings.portalSignIn() ? Optional.of(new NhsLoginClient(provider,
                URI.create(publicUrl + "/" + NhsLoginClient.CALLBACK_PATH), clock)) : Optional.empty();
        LOG.info("NHS login: tokens of {} accepted for client {}; portal sign-in {}", settings.issuer(),
                settings.clientId(), client.isPresent() ? "on" : "off (no key)");
        return Optional.of(new NhsLogin(provider, new NhsLoginTokens(provider), client));
    }
}
